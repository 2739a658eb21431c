package kz.edufusion.programs.domain;

import java.util.List;
import kz.edufusion.common.LocalizedText;

/**
 * The skill review page's content: for each outcome and discipline of the program, its skill links with the
 * skill's label, open proposals first; and how many proposals are still open.
 */
public record SkillReview(ProgramView program, List<Owner> owners, long open, boolean editable) {

    public SkillReview {
        owners = List.copyOf(owners);
    }

    /** An outcome or a discipline ({@code kind} "outcome" or "discipline") and its links. */
    public record Owner(String kind, java.util.UUID id, String code, LocalizedText text, List<Item> links) {

        public Owner {
            links = List.copyOf(links);
        }
    }

    public record Item(SkillLinkView link, LocalizedText label) {
    }
}
