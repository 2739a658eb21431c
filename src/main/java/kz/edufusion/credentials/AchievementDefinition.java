package kz.edufusion.credentials;

import java.util.List;

/**
 * The accomplishment a credential recognizes. {@code key} is the issuing module's stable name for it (e.g.
 * {@code placements.internship-completed}); the same key always names the same achievement, whose text and
 * alignments the latest request updates (credentials already signed keep the text they were signed with).
 * {@code achievementType} is an Open Badges AchievementType such as {@code Certificate}, {@code Course} or
 * {@code Certification}.
 */
public record AchievementDefinition(String key, String achievementType, String name, String description,
        String criteriaNarrative, List<Alignment> alignments) {

    public AchievementDefinition {
        alignments = alignments == null ? List.of() : List.copyOf(alignments);
    }
}
