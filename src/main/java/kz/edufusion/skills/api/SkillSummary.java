package kz.edufusion.skills.api;

import kz.edufusion.skills.SkillHit;

/** One search result: the skill's label in the asked language and the label that matched the query. */
record SkillSummary(String uri, String label, String matchedLabel, String type, String source) {

    static SkillSummary of(SkillHit hit, String language) {
        return new SkillSummary(hit.uri(), hit.label().in(language), hit.matchedLabel(), hit.type(), hit.source());
    }
}
