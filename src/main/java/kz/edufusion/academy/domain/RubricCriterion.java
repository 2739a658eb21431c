package kz.edufusion.academy.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A criterion as stored, its levels from the most points to the fewest. */
public record RubricCriterion(UUID id, UUID criterionKey, int position, LocalizedText title, LocalizedText description,
        List<RubricLevel> levels) {

    public int maxPoints() {
        return levels.stream().mapToInt(RubricLevel::points).max().orElse(0);
    }

    public Optional<RubricLevel> level(UUID levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }
}
