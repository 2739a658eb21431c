package kz.edufusion.placements.supervision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import org.springframework.stereotype.Component;

/** Entries with their attachments and threads, read for a whole list at once, authors named once each. */
@Component
class EntryViews {

    private final DiaryStore store;
    private final IdentityDirectory directory;

    EntryViews(DiaryStore store, IdentityDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    List<EntryView> of(List<DiaryStore.EntryRow> rows) {
        List<UUID> ids = rows.stream().map(DiaryStore.EntryRow::id).toList();
        Map<UUID, List<AttachmentView>> attachments = store.attachments(ids);
        Map<UUID, List<DiaryStore.CommentRow>> comments = store.comments(ids);
        Map<UUID, String> names = new HashMap<>();
        return rows.stream().map(r -> new EntryView(r.id(), r.placementId(), r.date(), r.hours(), r.workDone(), r.assignmentId(),
                r.assignmentTitle(), r.status(), r.submittedAt(), r.decidedAt(), attachments.getOrDefault(r.id(), List.of()),
                comments.getOrDefault(r.id(), List.of()).stream().map(c -> new CommentView(names.computeIfAbsent(c.authorId(),
                        id -> directory.person(id).map(PersonView::fullName).orElse("")), c.party(), c.body(), c.returned(),
                        c.createdAt())).toList())).toList();
    }
}
