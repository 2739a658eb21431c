package kz.edufusion.academy.domain;

import java.util.List;
import kz.edufusion.common.LocalizedText;

/** What the catalog's filters offer: the tags and the skills that published courses carry. */
public record CatalogChoices(List<String> tags, List<SkillChoice> skills) {

    /** A skill of the taxonomy with its label. */
    public record SkillChoice(String uri, LocalizedText label) {
    }
}
