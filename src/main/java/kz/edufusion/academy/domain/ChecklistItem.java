package kz.edufusion.academy.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The items of the two documented checklists (docs/decisions/0018-academy-foundation.md; their wording in kk/ru/en is
 * in the academy bundle under {@code academy.checklist.item.<ITEM>}). A version carries a mark only when every item
 * of that mark is answered yes with a line of evidence.
 */
public enum ChecklistItem {
    INCLUSIVE_LANGUAGE(InclusionMark.GENDER_INCLUSIVE),
    DIVERSE_ROLE_MODELS(InclusionMark.GENDER_INCLUSIVE),
    NO_STEREOTYPED_IMAGERY(InclusionMark.GENDER_INCLUSIVE),
    CARER_FRIENDLY_SCHEDULE(InclusionMark.GENDER_INCLUSIVE),
    NAMED_CONTACT(InclusionMark.GENDER_INCLUSIVE),
    LOW_CARBON_DELIVERY(InclusionMark.CLIMATE_NEUTRAL),
    NO_PRINTED_MATERIALS(InclusionMark.CLIMATE_NEUTRAL),
    GREEN_HOSTING(InclusionMark.CLIMATE_NEUTRAL),
    LIVE_SESSION_CARBON_ESTIMATE(InclusionMark.CLIMATE_NEUTRAL),
    OFFSETTING_OR_JUSTIFICATION(InclusionMark.CLIMATE_NEUTRAL);

    private final InclusionMark mark;

    ChecklistItem(InclusionMark mark) {
        this.mark = mark;
    }

    public InclusionMark mark() {
        return mark;
    }

    public static List<ChecklistItem> of(InclusionMark mark) {
        return Arrays.stream(values()).filter(i -> i.mark == mark).toList();
    }
}
