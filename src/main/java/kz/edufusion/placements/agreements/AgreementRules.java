package kz.edufusion.placements.agreements;

import java.text.Normalizer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/**
 * The checks of what a preparer writes and a signer types that do not need the database. The placement's own rules
 * (dates in order, hours, stipend, overlap) are {@code PlacementRegistry.checkTerms}'s.
 */
final class AgreementRules {

    static final List<String> LANGUAGES = List.of("kk", "ru");
    static final int MAX_TASKS = 30;
    static final int MAX_TASK = 500;
    static final int MAX_NAME = 200;
    static final int MAX_REASON = 2000;
    /** A dual-education agreement runs for at most three years (the longest KAZDUAL programme part at one company). */
    static final long MAX_DAYS = 3 * 366;

    private AgreementRules() {
    }

    /** What is wrong with a version's terms; when it is to be sent, the tutor and the mentor must be named too. */
    static List<FieldProblem> problems(AgreementTerms t, int version, boolean sending) {
        List<FieldProblem> problems = new ArrayList<>();
        if (t.language() == null || !LANGUAGES.contains(t.language())) {
            problems.add(new FieldProblem("language", "placements.agreements.validation.language"));
        }
        if (t.startsOn() != null && t.endsOn() != null && !t.endsOn().isBefore(t.startsOn())
                && ChronoUnit.DAYS.between(t.startsOn(), t.endsOn()) > MAX_DAYS) {
            problems.add(new FieldProblem("endsOn", "placements.agreements.validation.periodTooLong"));
        }
        if (t.tasks().size() > MAX_TASKS) {
            problems.add(new FieldProblem("tasks", "placements.agreements.validation.tooManyTasks"));
        } else if (t.tasks().stream().anyMatch(task -> task.length() > MAX_TASK)) {
            problems.add(new FieldProblem("tasks", "placements.agreements.validation.taskTooLong"));
        } else if (sending && t.tasks().isEmpty()) {
            problems.add(new FieldProblem("tasks", "placements.agreements.validation.tasksRequired"));
        }
        name(problems, "tutorName", t.tutorName(), sending, "placements.agreements.validation.tutorRequired");
        name(problems, "mentorName", t.mentorName(), sending, "placements.agreements.validation.mentorRequired");
        if (t.ipOwner() == null) {
            problems.add(new FieldProblem("ipOwner", "placements.agreements.validation.ipOwner"));
        }
        if (version > 1 && blank(t.amendmentReason())) {
            problems.add(new FieldProblem("amendmentReason", "placements.agreements.validation.reasonRequired"));
        } else if (t.amendmentReason() != null && t.amendmentReason().length() > MAX_REASON) {
            problems.add(new FieldProblem("amendmentReason", "placements.agreements.validation.reasonTooLong"));
        }
        return problems;
    }

    /** A reason for an amendment or a termination: required, at most {@link #MAX_REASON} characters. */
    static List<FieldProblem> reasonProblems(String field, String reason) {
        if (blank(reason)) {
            return List.of(new FieldProblem(field, "placements.agreements.validation.reasonRequired"));
        }
        return reason.length() > MAX_REASON ? List.of(new FieldProblem(field, "placements.agreements.validation.reasonTooLong"))
                : List.of();
    }

    private static void name(List<FieldProblem> problems, String field, String value, boolean required, String missing) {
        if (blank(value)) {
            if (required) {
                problems.add(new FieldProblem(field, missing));
            }
        } else if (value.length() > MAX_NAME) {
            problems.add(new FieldProblem(field, "placements.agreements.validation.nameTooLong"));
        }
    }

    /** The name typed when signing is the account's name, whatever the case and the spacing. */
    static boolean sameName(String typed, String account) {
        return typed != null && account != null && !typed.isBlank() && normalized(typed).equals(normalized(account));
    }

    private static String normalized(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String clean(String text) {
        return blank(text) ? null : text.strip();
    }
}
