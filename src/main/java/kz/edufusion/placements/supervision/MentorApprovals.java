package kz.edufusion.placements.supervision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.PlacementView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentor's few minutes: every pending entry of all their mentees on one page, approved one by one, selected or all
 * at once (one transaction: a batch holding any id that is not a pending-or-approved entry of their own mentees is
 * refused whole with 404, nothing approved), or returned with a comment. The tutor's page shows their students'
 * diaries with the same late status.
 */
@Service
@Transactional
public class MentorApprovals {

    /** At most this many entries in one batch (a page shows all pending entries; 2,000 is far above any mentor's). */
    static final int MAX_BATCH = 2000;

    private final PlacementRegistry placements;
    private final DiaryStore store;
    private final EntryViews views;
    private final SupervisionSettings settings;
    private final Today today;
    private final AuditLog audit;

    MentorApprovals(PlacementRegistry placements, DiaryStore store, EntryViews views, SupervisionSettings settings, Today today,
            AuditLog audit) {
        this.placements = placements;
        this.store = store;
        this.views = views;
        this.settings = settings;
        this.today = today;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public SupervisionPage page(CurrentUser user) {
        List<PlacementView> mentored = placements.mentored(user);
        List<SupervisedPlacement> mine = supervised(mentored);
        Map<UUID, SupervisedPlacement> byId = mine.stream()
                .collect(Collectors.toMap(s -> s.placement().id(), Function.identity()));
        List<PendingEntry> pending = mentored.isEmpty() ? List.of() : views.of(store.pending(byId.keySet())).stream()
                .map(e -> new PendingEntry(e, byId.get(e.placementId()).placement(), byId.get(e.placementId()).late())).toList();
        return new SupervisionPage(pending, mine, supervised(placements.tutored(user)));
    }

    /** Approves the entries in one go; returns how many changed (entries approved already count as done). */
    public int approve(CurrentUser user, Collection<UUID> entryIds) {
        List<UUID> wanted = entryIds == null ? List.of() : entryIds.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            throw new PlacementInputRejected(List.of(new FieldProblem("entryIds", Inputs.PREFIX + "noneChosen")));
        }
        if (wanted.size() > MAX_BATCH) {
            throw new PlacementInputRejected(List.of(new FieldProblem("entryIds", Inputs.PREFIX + "tooMany")));
        }
        List<DiaryStore.Locked> mine = mentored(user, wanted);
        if (mine.stream().anyMatch(e -> e.status() == DiaryStatus.RETURNED)) {
            throw DomainProblem.conflict("placements.supervision.problem.entryReturned");
        }
        int approved = store.decide(wanted, DiaryStatus.APPROVED, user.personId());
        audit.record("placements.diary.approved", "person", user.personId(), approved + " entries");
        return approved;
    }

    /** Returns a SUBMITTED entry to the student with the comment saying what to change. */
    public void returnEntry(CurrentUser user, UUID entryId, String comment) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = Inputs.text(comment, "comment", TraineeDiary.MAX_WORK, true, problems);
        List<DiaryStore.Locked> mine = mentored(user, List.of(entryId));
        if (!problems.isEmpty()) {
            throw new PlacementInputRejected(problems);
        }
        if (mine.get(0).status() != DiaryStatus.SUBMITTED || store.decide(List.of(entryId), DiaryStatus.RETURNED, user.personId()) != 1) {
            throw DomainProblem.conflict("placements.supervision.problem.notPending");
        }
        store.comment(entryId, user.personId(), PlacementParty.MENTOR, text, true);
        audit.record("placements.diary.returned", "diary_entry", entryId, "returned with a comment");
    }

    /** The entries locked, all of them the user's mentees' (as an acting mentor of the company), else 404 for the lot. */
    private List<DiaryStore.Locked> mentored(CurrentUser user, List<UUID> ids) {
        List<DiaryStore.Locked> locked = store.lockMentored(ids, user.personId()).stream()
                .filter(e -> e.companyId() != null && user.actsFor(e.companyId(), Role.COMPANY_MENTOR)).toList();
        if (locked.size() != ids.size()) {
            throw TraineeDiary.hidden();
        }
        return locked;
    }

    private List<SupervisedPlacement> supervised(List<PlacementView> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = list.stream().map(PlacementView::id).toList();
        Map<UUID, java.time.LocalDate> last = store.lastEntries(ids);
        Map<UUID, Integer> pending = store.pendingCounts(ids);
        java.time.LocalDate now = today.date();
        return list.stream().map(p -> new SupervisedPlacement(p, last.get(p.id()), pending.getOrDefault(p.id(), 0),
                p.status() == PlacementStatus.ACTIVE && DiaryLateness.late(p.startsOn(), p.endsOn(), last.get(p.id()), now,
                        settings.lateAfterWorkingDays()))).toList();
    }
}
