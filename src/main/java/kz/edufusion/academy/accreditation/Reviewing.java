package kz.edufusion.academy.accreditation;

import kz.edufusion.academy.domain.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.academy.accreditation.AccreditationStore.ReviewRow;
import kz.edufusion.academy.accreditation.AccreditationStore.SubmissionRow;
import kz.edufusion.academy.accreditation.Reviewers.CourseFacts;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.common.Languages;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.notifications.Notifications;
import kz.edufusion.notifications.OutgoingEmail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's side: the first save of verdicts starts the review (one per submission, by that reviewer; another
 * reviewer gets 409) with a snapshot of the active criteria; the decision closes the submission and mails the
 * owner. Only an independent QA reviewer (see {@link Reviewers}) gets this far; the submission's row lock makes
 * saves and the decision take turns, and everything is checked before anything is written.
 */
@Service
@Transactional
public class Reviewing {

    private final AccreditationStore store;
    private final SubmissionViews views;
    private final Accreditations accreditations;
    private final AuditLog audit;
    private final IdentityDirectory directory;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String publicUrl;

    Reviewing(AccreditationStore store, SubmissionViews views, Accreditations accreditations, AuditLog audit, IdentityDirectory directory,
            Notifications notifications, MessageSource messages, @Value("${edufusion.public-url}") String publicUrl) {
        this.store = store;
        this.views = views;
        this.accreditations = accreditations;
        this.audit = audit;
        this.directory = directory;
        this.notifications = notifications;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The submission for the review page: 403 unless the user may review it, 404 when there is no such submission. */
    @Transactional(readOnly = true)
    public AccreditationSubmission forReview(CurrentUser user, UUID submissionId) {
        SubmissionRow row = store.submission(submissionId, false).orElseThrow(Accreditations::hidden);
        Reviewers.requireIndependent(user, course(row));
        return views.of(row);
    }

    /** The lessons of the submission's version, for the reviewer (403 unless they may review it). */
    @Transactional(readOnly = true)
    public java.util.List<SubmittedLesson> lessons(CurrentUser user, UUID submissionId) {
        SubmissionRow row = store.submission(submissionId, false).orElseThrow(Accreditations::hidden);
        Reviewers.requireIndependent(user, course(row));
        return store.lessons(row.versionId());
    }

    public AccreditationSubmission saveVerdicts(CurrentUser user, UUID submissionId, List<VerdictInput> verdicts) {
        Open open = open(user, submissionId);
        apply(open.review(), verdicts);
        return views.of(open.submission());
    }

    /** Saves the verdicts given (may be none) and decides, in one transaction: a refused decision saves nothing. */
    public AccreditationSubmission decide(CurrentUser user, UUID submissionId, List<VerdictInput> verdicts, DecisionInput decision) {
        Open open = open(user, submissionId);
        apply(open.review(), verdicts);
        List<ReviewItem> items = store.items(open.review().id());
        List<DomainProblem.FieldProblem> problems = ReviewRules.decision(decision, items, accreditations.today());
        if (!problems.isEmpty()) {
            throw new AcademyInputRejected(problems);
        }
        DecisionInput clean = decision.decision() == AccreditationDecision.APPROVED ? new DecisionInput(decision.decision(), decision.validFrom(),
                decision.validUntil(), Texts.blank(decision.reasons()))
                : new DecisionInput(decision.decision(), null, null, Texts.blank(decision.reasons()));
        store.decide(open.review().id(), clean);
        store.setStatus(submissionId, SubmissionStatus.of(clean.decision()));
        SubmissionRow s = open.submission();
        audit.record("academy.accreditation." + clean.decision().name().toLowerCase(Locale.ROOT), "course", s.courseId(),
                "version " + s.versionNumber() + (clean.validUntil() == null ? "" : ", valid " + clean.validFrom() + " to " + clean.validUntil()));
        AccreditationSubmission decided = views.of(store.submission(submissionId, false).orElseThrow());
        mailOwner(course(s).ownerId(), decided);
        return decided;
    }

    private record Open(SubmissionRow submission, ReviewRow review) {
    }

    /** The open submission under lock with this reviewer's review, started now (with its snapshot) when there is none. */
    private Open open(CurrentUser user, UUID submissionId) {
        SubmissionRow row = store.submission(submissionId, true).orElseThrow(Accreditations::hidden);
        UUID agency = Reviewers.requireIndependent(user, course(row));
        if (!row.status().equals(SubmissionStatus.SUBMITTED)) {
            throw DomainProblem.conflict("academy.accreditation.problem.closed");
        }
        ReviewRow review = store.review(submissionId).orElse(null);
        if (review == null) {
            store.insertReview(UUID.randomUUID(), submissionId, user.personId(), agency);
            review = store.review(submissionId).orElseThrow();
            audit.record("academy.accreditation.reviewStarted", "course", row.courseId(), "version " + row.versionNumber());
        } else if (!review.reviewerId().equals(user.personId())) {
            throw DomainProblem.conflict("academy.accreditation.problem.takenByOther");
        }
        return new Open(row, review);
    }

    private void apply(ReviewRow review, List<VerdictInput> verdicts) {
        List<VerdictInput> given = verdicts == null ? List.of() : verdicts;
        List<ReviewItem> snapshot = store.items(review.id());
        List<DomainProblem.FieldProblem> problems = ReviewRules.verdicts(given, snapshot);
        if (!problems.isEmpty()) {
            throw new AcademyInputRejected(problems);
        }
        Map<String, ReviewItem> byCode = snapshot.stream().collect(Collectors.toMap(ReviewItem::code, Function.identity()));
        for (VerdictInput v : given) {
            store.updateItem(review.id(), byCode.get(v.criterion()).criterionId(), v.verdict(), Texts.blank(v.comment()));
        }
    }

    private CourseFacts course(SubmissionRow row) {
        return store.course(row.courseId(), false).orElseThrow(Accreditations::hidden);
    }

    private void mailOwner(UUID ownerId, AccreditationSubmission s) {
        directory.person(ownerId).filter(p -> p.enabled()).ifPresent(owner -> {
            Locale locale = Languages.orDefault(owner.language());
            String decision = messages.getMessage("academy.accreditation.decision." + s.review().decision(), null, locale);
            Object[] args = {owner.fullName(), s.courseTitle().in(locale), s.versionNumber(), decision,
                    s.review().agency().in(locale), publicUrl + "/academy/accreditation/courses/" + s.courseId()};
            notifications.email(new OutgoingEmail(owner.email(), messages.getMessage("academy.accreditation.mail.decided.subject", args, locale),
                    messages.getMessage("academy.accreditation.mail.decided.body", args, locale)));
        });
    }
}
