package kz.edufusion.labormarket.survey.api;

import java.util.List;
import kz.edufusion.labormarket.SurveyDraft;

/**
 * The body of PUT .../responses/mine: skills as URI, URI segment or exact label; {@code submit} true submits the
 * answer, false keeps it a draft.
 */
record SurveyAnswerRequest(String comment, List<SurveyDraft.SkillNeedInput> skillNeeds, List<SurveyDraft.HiringInput> hires,
        boolean submit) {

    SurveyDraft draft() {
        return new SurveyDraft(comment, skillNeeds, hires);
    }
}
