package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A submission's grade: points, percentage of the rubric's points, whether it passed, and per-criterion feedback. */
public record GradeView(int totalPoints, int maxPoints, BigDecimal scorePercent, boolean passed, String comment, UUID gradedBy,
        Instant gradedAt, List<CriterionGrade> criteria) {

    public Optional<CriterionGrade> of(UUID criterionId) {
        return criteria.stream().filter(c -> c.criterionId().equals(criterionId)).findFirst();
    }
}
