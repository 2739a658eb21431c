package kz.edufusion.academy.domain;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/**
 * An assignment as its author writes it: title and Markdown instructions in kk/ru/en, the pass mark in percent of the
 * rubric's points, what a learner may hand in (text, a file up to {@code fileMaxMb}, or both), the days after
 * enrolling it is due (null: no due date) and whether a failed attempt may be handed in again.
 */
public record AssignmentInput(LocalizedText title, LocalizedText instructions, Integer passPercent, boolean acceptsText,
        boolean acceptsFile, Integer fileMaxMb, Integer dueDays, Resubmission resubmission) {

    static final int MAX_FILE_MB = 20;

    public AssignmentInput {
        title = Texts.stripped(title);
        instructions = Texts.stripped(instructions);
        fileMaxMb = fileMaxMb == null ? 10 : fileMaxMb;
        resubmission = resubmission == null ? Resubmission.UNTIL_PASSED : resubmission;
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.check(title, "title", true, 200, problems);
        Texts.check(instructions, "instructions", false, LessonMarkdown.MAX_LENGTH, problems);
        if (passPercent == null || passPercent < 1 || passPercent > 100) {
            problems.add(new FieldProblem("passPercent", "academy.assignment.validation.passPercent"));
        }
        if (!acceptsText && !acceptsFile) {
            problems.add(new FieldProblem("acceptsText", "academy.assignment.validation.kinds"));
        }
        if (fileMaxMb < 1 || fileMaxMb > MAX_FILE_MB) {
            problems.add(new FieldProblem("fileMaxMb", "academy.assignment.validation.fileMaxMb"));
        }
        if (dueDays != null && (dueDays < 1 || dueDays > 365)) {
            problems.add(new FieldProblem("dueDays", "academy.assignment.validation.dueDays"));
        }
        return problems;
    }
}
