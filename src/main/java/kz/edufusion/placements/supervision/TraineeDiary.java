package kz.edufusion.placements.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.domain.FileKind;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.PlacementParticipation;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.PlacementView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The electronic trainee diary: the student logs one entry a day while the placement is ACTIVE (a day within its
 * dates and not in the future, 0 < hours <= 12, the work done, optionally the plan assignment it served, a few
 * attachments recognised by content), and changes it until the mentor approves it. Every party of the placement reads
 * it; the student, the mentor and the tutor comment on entries. Each change is checked whole before anything is
 * written and runs in one transaction.
 */
@Service
@Transactional
public class TraineeDiary {

    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(12);
    static final int MAX_WORK = 4000;
    static final List<FileKind> KINDS = List.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG, FileKind.DOCX);

    private final PlacementRegistry placements;
    private final DiaryStore store;
    private final PlanStore plan;
    private final EntryViews views;
    private final SupervisionSettings settings;
    private final Today today;
    private final AuditLog audit;

    TraineeDiary(PlacementRegistry placements, DiaryStore store, PlanStore plan, EntryViews views, SupervisionSettings settings,
            Today today, AuditLog audit) {
        this.placements = placements;
        this.store = store;
        this.plan = plan;
        this.views = views;
        this.settings = settings;
        this.today = today;
        this.audit = audit;
    }

    public SupervisionSettings settings() {
        return settings;
    }

    @Transactional(readOnly = true)
    public DiaryView diary(CurrentUser user, UUID placementId) {
        PlacementParticipation participation = placements.participation(user, placementId);
        PlacementView p = participation.placement();
        List<EntryView> entries = views.of(store.entries(placementId));
        LocalDate last = entries.stream().map(EntryView::date).max(LocalDate::compareTo).orElse(null);
        LocalDate now = today.date();
        boolean active = p.status() == PlacementStatus.ACTIVE;
        BigDecimal logged = entries.stream().map(EntryView::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal approved = entries.stream().filter(e -> e.status() == DiaryStatus.APPROVED).map(EntryView::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<AssignmentChoice> assignments = plan.assignments(placementId).stream()
                .map(a -> new AssignmentChoice(a.id(), a.title())).toList();
        return new DiaryView(p, participation.parties(), active && participation.is(PlacementParty.STUDENT),
                commenter(participation).isPresent(), participation.is(PlacementParty.MENTOR),
                active && DiaryLateness.late(p.startsOn(), p.endsOn(), last, now, settings.lateAfterWorkingDays()), last, now,
                logged, approved, entries, assignments);
    }

    /** The student logs a day; returns the entry's id. */
    public UUID log(CurrentUser user, UUID placementId, EntryCommand command, List<AttachmentUpload> files) {
        PlacementView p = writable(user, placementId);
        Checked checked = check(p, null, command, files, 0);
        UUID id;
        try {
            id = store.insert(placementId, checked.date, checked.hours, checked.workDone, checked.assignmentId);
        } catch (DuplicateKeyException sameDay) {
            throw new PlacementInputRejected(List.of(new FieldProblem("date", Inputs.PREFIX + "dateTaken")));
        }
        attach(id, files);
        audit.record("placements.diary.logged", "placement", placementId, "entry " + id + " of " + checked.date);
        return id;
    }

    /** The student changes an entry still SUBMITTED or RETURNED (a returned one goes back to the mentor). */
    public void edit(CurrentUser user, UUID placementId, UUID entryId, EntryCommand command, List<AttachmentUpload> files,
            List<UUID> removeAttachments) {
        PlacementView p = writable(user, placementId);
        DiaryStore.EntryRow entry = store.find(entryId).filter(e -> e.placementId().equals(placementId))
                .orElseThrow(TraineeDiary::hidden);
        if (entry.status() == DiaryStatus.APPROVED) {
            throw DomainProblem.conflict("placements.supervision.problem.entryApproved");
        }
        List<UUID> removed = removeAttachments == null ? List.of() : removeAttachments;
        long kept = store.attachments(List.of(entryId)).getOrDefault(entryId, List.of()).stream()
                .filter(a -> !removed.contains(a.id())).count();
        Checked checked = check(p, entryId, command, files, (int) kept);
        boolean changed;
        try {
            changed = store.update(entryId, checked.date, checked.hours, checked.workDone, checked.assignmentId);
        } catch (DuplicateKeyException sameDay) {
            throw new PlacementInputRejected(List.of(new FieldProblem("date", Inputs.PREFIX + "dateTaken")));
        }
        if (!changed) {
            throw DomainProblem.conflict("placements.supervision.problem.entryApproved");
        }
        if (!removed.isEmpty()) {
            store.detach(entryId, removed);
        }
        attach(entryId, files);
        audit.record("placements.diary.edited", "placement", placementId, "entry " + entryId);
    }

    /** A comment on an entry by its student, mentor or tutor. */
    public void comment(CurrentUser user, UUID entryId, String body) {
        DiaryStore.EntryRow entry = store.find(entryId).orElseThrow(TraineeDiary::hidden);
        PlacementParticipation participation = placements.participation(user, entry.placementId());
        PlacementParty party = commenter(participation).orElseThrow(TraineeDiary::hidden);
        List<FieldProblem> problems = new ArrayList<>();
        String text = Inputs.text(body, "body", MAX_WORK, true, problems);
        if (!problems.isEmpty()) {
            throw new PlacementInputRejected(problems);
        }
        store.comment(entryId, user.personId(), party, text, false);
    }

    /** An attachment, for any party of its placement. */
    @Transactional(readOnly = true)
    public AttachmentFile attachment(CurrentUser user, UUID attachmentId) {
        DiaryStore.Stored stored = store.attachment(attachmentId).orElseThrow(TraineeDiary::hidden);
        placements.participation(user, stored.placementId());
        return stored.file();
    }

    /** The party a user comments as (the student first, then the mentor, then the tutor); others only read. */
    static Optional<PlacementParty> commenter(PlacementParticipation participation) {
        for (PlacementParty party : List.of(PlacementParty.STUDENT, PlacementParty.MENTOR, PlacementParty.TUTOR)) {
            if (participation.is(party)) {
                return Optional.of(party);
            }
        }
        return Optional.empty();
    }

    static DomainProblem hidden() {
        return DomainProblem.notFound("placements.problem.notFound");
    }

    private PlacementView writable(CurrentUser user, UUID placementId) {
        PlacementParticipation participation = placements.participation(user, placementId);
        if (!participation.is(PlacementParty.STUDENT)) {
            throw hidden();
        }
        if (participation.placement().status() != PlacementStatus.ACTIVE) {
            throw DomainProblem.conflict("placements.supervision.problem.notActive");
        }
        return participation.placement();
    }

    private record Checked(LocalDate date, BigDecimal hours, String workDone, UUID assignmentId) {
    }

    private Checked check(PlacementView p, UUID entryId, EntryCommand command, List<AttachmentUpload> files, int kept) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = Inputs.date(command.date(), "date", true, problems);
        if (date != null) {
            if (date.isBefore(p.startsOn()) || date.isAfter(p.endsOn())) {
                problems.add(new FieldProblem("date", Inputs.PREFIX + "dateOutside"));
            } else if (date.isAfter(today.date())) {
                problems.add(new FieldProblem("date", Inputs.PREFIX + "dateFuture"));
            } else if (store.dateTaken(p.id(), date, entryId)) {
                problems.add(new FieldProblem("date", Inputs.PREFIX + "dateTaken"));
            }
        }
        BigDecimal hours = Inputs.decimal(command.hours(), "hours", problems);
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 1)) {
            problems.add(new FieldProblem("hours", Inputs.PREFIX + "hours"));
        }
        String work = Inputs.text(command.workDone(), "workDone", MAX_WORK, true, problems);
        UUID assignment = Inputs.id(command.assignmentId(), "assignmentId", problems);
        if (assignment != null && !plan.belongs(p.id(), assignment)) {
            problems.add(new FieldProblem("assignmentId", Inputs.PREFIX + "unknown"));
        }
        checkFiles(files, kept, problems);
        if (!problems.isEmpty()) {
            throw new PlacementInputRejected(problems);
        }
        return new Checked(date, hours, work, assignment);
    }

    private void checkFiles(List<AttachmentUpload> files, int kept, List<FieldProblem> problems) {
        List<AttachmentUpload> given = present(files);
        if (kept + given.size() > settings.attachmentsPerEntry()) {
            problems.add(new FieldProblem("files", Inputs.PREFIX + "tooManyFiles"));
        }
        for (AttachmentUpload file : given) {
            if (file.content().length > settings.attachmentMaxSize().toBytes()) {
                problems.add(new FieldProblem("files", Inputs.PREFIX + "fileTooLarge"));
            } else if (FileKind.of(file.content(), KINDS).isEmpty()) {
                problems.add(new FieldProblem("files", Inputs.PREFIX + "fileType"));
            }
        }
    }

    private void attach(UUID entryId, List<AttachmentUpload> files) {
        for (AttachmentUpload file : present(files)) {
            store.attach(entryId, FileKind.of(file.content(), KINDS).orElseThrow(), file.fileName(), file.content());
        }
    }

    private static List<AttachmentUpload> present(List<AttachmentUpload> files) {
        return files == null ? List.of() : files.stream().filter(f -> f != null && !f.empty()).toList();
    }
}
