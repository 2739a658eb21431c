package kz.edufusion.academy.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageResponse;

/** The gradebook of a course: the quizzes of its published version as columns, and a page of learners. */
public record GradebookView(UUID courseId, LocalizedText title, CompletionRule rule, List<QuizView> quizzes,
        PageResponse<GradebookRow> learners) {
}
