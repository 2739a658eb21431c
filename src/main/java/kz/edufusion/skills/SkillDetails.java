package kz.edufusion.skills;

import java.util.List;

/** Everything about one skill: its labels, broader concept, related skills, collections and what was merged into it. */
public record SkillDetails(SkillView skill, List<SkillLabelView> labels, SkillRef broader, List<SkillRef> essential,
        List<SkillRef> optional, List<String> collections, List<String> mergedFrom) {

    public SkillDetails {
        labels = List.copyOf(labels);
        essential = List.copyOf(essential);
        optional = List.copyOf(optional);
        collections = List.copyOf(collections);
        mergedFrom = List.copyOf(mergedFrom);
    }

    /** The labels of one language, preferred ones first. */
    public List<SkillLabelView> labelsIn(String language) {
        return labels.stream().filter(l -> l.language().equals(language)).toList();
    }
}
