package kz.edufusion.academy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.academy.accreditation.AccreditationDecision;
import kz.edufusion.academy.accreditation.DecisionInput;
import kz.edufusion.academy.accreditation.ReviewItem;
import kz.edufusion.academy.accreditation.ReviewView;
import kz.edufusion.academy.accreditation.Verdict;
import kz.edufusion.academy.accreditation.VerdictInput;
import org.springframework.validation.BindingResult;

/**
 * The review form: a verdict and a comment per criterion code ({@code verdict[CODE]}, {@code comment[CODE]}), and the
 * decision with its validity period or reasons. Text as typed; what does not read is a field error.
 */
public class ReviewForm {

    private Map<String, String> verdict = new LinkedHashMap<>();
    private Map<String, String> comment = new LinkedHashMap<>();
    private String decision;
    private String validFrom;
    private String validUntil;
    private String reasons;

    static ReviewForm of(ReviewView review) {
        ReviewForm form = new ReviewForm();
        if (review != null) {
            for (ReviewItem item : review.items()) {
                form.verdict.put(item.code(), item.verdict() == null ? "" : item.verdict().name());
                form.comment.put(item.code(), item.comment() == null ? "" : item.comment());
            }
        }
        return form;
    }

    /** The verdicts in the order of the criteria shown, so that problem {@code items[i]} is the i-th criterion. */
    List<VerdictInput> verdicts(List<String> codes) {
        List<VerdictInput> verdicts = new ArrayList<>();
        for (String code : codes) {
            String v = verdict.get(code);
            Verdict parsed = v == null || v.isBlank() ? null : parse(Verdict.class, v);
            verdicts.add(new VerdictInput(code, parsed, comment.get(code)));
        }
        return verdicts;
    }

    DecisionInput decision(BindingResult errors) {
        return new DecisionInput(decision == null || decision.isBlank() ? null : parse(AccreditationDecision.class, decision),
                CohortForm.date(validFrom, "validFrom", errors), CohortForm.date(validUntil, "validUntil", errors), reasons);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Map<String, String> getVerdict() {
        return verdict;
    }

    public void setVerdict(Map<String, String> verdict) {
        this.verdict = verdict;
    }

    public Map<String, String> getComment() {
        return comment;
    }

    public void setComment(Map<String, String> comment) {
        this.comment = comment;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(String validUntil) {
        this.validUntil = validUntil;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    /** A default period for a new approval: from today for five years (the reviewer changes it). */
    void proposePeriod(LocalDate today) {
        if (validFrom == null) {
            validFrom = today.toString();
            validUntil = today.plusYears(5).minusDays(1).toString();
        }
    }
}
