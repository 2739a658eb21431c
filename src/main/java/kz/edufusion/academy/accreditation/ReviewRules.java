package kz.edufusion.academy.accreditation;

import kz.edufusion.academy.domain.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/**
 * The rules a review and its decision must meet, each refusal blaming a field as the API names it
 * ({@code items[2].comment}, {@code validUntil}). Verdicts name criteria of the review's own snapshot; every
 * verdict short of MET needs a comment; a decision needs a verdict on every criterion; an approval allows no
 * NOT_MET and runs from today (up to a year ahead) for 1 to 5 years; changes and rejections need their reasons.
 */
final class ReviewRules {

    static final int MAX_TEXT = 4000;
    static final int MIN_YEARS = 1;
    static final int MAX_YEARS = 5;

    private ReviewRules() {
    }

    /** Problems of the verdicts as given (an unknown criterion, a missing comment, text too long). */
    static List<FieldProblem> verdicts(List<VerdictInput> input, List<ReviewItem> snapshot) {
        Map<String, ReviewItem> known = snapshot.stream().collect(Collectors.toMap(ReviewItem::code, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            VerdictInput v = input.get(i);
            if (v == null || v.criterion() == null || !known.containsKey(v.criterion())) {
                problems.add(new FieldProblem("items[" + i + "].criterion", "academy.accreditation.validation.unknownCriterion"));
                continue;
            }
            String comment = Texts.blank(v.comment());
            if (comment != null && comment.length() > MAX_TEXT) {
                problems.add(new FieldProblem("items[" + i + "].comment", "academy.accreditation.validation.tooLong"));
            } else if (v.verdict() != null && v.verdict() != Verdict.MET && comment == null) {
                problems.add(new FieldProblem("items[" + i + "].comment", "academy.accreditation.validation.commentRequired"));
            }
        }
        return problems;
    }

    /** Problems of deciding on the review as it now stands (verdicts saved). */
    static List<FieldProblem> decision(DecisionInput d, List<ReviewItem> items, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).verdict() == null) {
                problems.add(new FieldProblem("items[" + i + "].verdict", "academy.accreditation.validation.verdictRequired"));
            }
        }
        if (d == null || d.decision() == null) {
            problems.add(new FieldProblem("decision", "academy.accreditation.validation.decision"));
            return problems;
        }
        String reasons = Texts.blank(d.reasons());
        if (reasons != null && reasons.length() > MAX_TEXT) {
            problems.add(new FieldProblem("reasons", "academy.accreditation.validation.tooLong"));
        }
        if (d.decision() == AccreditationDecision.APPROVED) {
            if (items.stream().anyMatch(i -> i.verdict() == Verdict.NOT_MET)) {
                problems.add(new FieldProblem("decision", "academy.accreditation.validation.approvalNotMet"));
            }
            validity(d, today, problems);
        } else if (reasons == null) {
            problems.add(new FieldProblem("reasons", "academy.accreditation.validation.reasonsRequired"));
        }
        return problems;
    }

    private static void validity(DecisionInput d, LocalDate today, List<FieldProblem> problems) {
        if (d.validFrom() == null || d.validFrom().isBefore(today) || d.validFrom().isAfter(today.plusYears(1))) {
            problems.add(new FieldProblem("validFrom", "academy.accreditation.validation.validFrom"));
        }
        if (d.validUntil() == null || d.validFrom() != null && (d.validUntil().isBefore(d.validFrom().plusYears(MIN_YEARS))
                || d.validUntil().isAfter(d.validFrom().plusYears(MAX_YEARS)))) {
            problems.add(new FieldProblem("validUntil", "academy.accreditation.validation.validUntil"));
        }
    }
}
