package kz.edufusion.academy.domain;

import java.util.List;
import java.util.UUID;

/** A teacher's grade: one chosen level (with an optional comment) per criterion, and an overall comment. */
public record GradeInput(List<Choice> criteria, String comment) {

    public GradeInput {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        comment = Texts.blank(comment);
    }

    public record Choice(UUID criterionId, UUID levelId, String comment) {

        public Choice {
            comment = Texts.blank(comment);
        }
    }
}
