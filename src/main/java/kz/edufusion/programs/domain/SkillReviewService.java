package kz.edufusion.programs.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.programs.ProgramSkillsChanged;
import kz.edufusion.programs.SkillLevel;
import kz.edufusion.programs.domain.SkillLinkView.SkillStatus;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.skills.SkillView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's review of the engine's proposals: confirm with a level or reject, one by one or all open ones
 * at once, and add a skill the engine missed. Only confirmed links count in the gap analysis, so every decision
 * publishes {@link ProgramSkillsChanged}.
 */
@Service
public class SkillReviewService {

    private final ProgramService programs;
    private final ChildStore children;
    private final SkillLinkStore links;
    private final SkillTaxonomy taxonomy;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SkillReviewService(ProgramService programs, ChildStore children, SkillLinkStore links, SkillTaxonomy taxonomy,
            AuditLog audit, ApplicationEventPublisher events) {
        this.programs = programs;
        this.children = children;
        this.links = links;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public SkillReview review(CurrentUser user, UUID id) {
        ProgramDetails details = programs.details(user, id);
        List<SkillLinkView> all = links.links(id);
        Map<String, LocalizedText> labels = all.stream().map(SkillLinkView::skillUri).distinct()
                .collect(Collectors.toMap(uri -> uri, this::label));
        Comparator<SkillReview.Item> order = Comparator.comparing(i -> i.link().status());
        List<SkillReview.Owner> owners = new ArrayList<>();
        for (OutcomeView o : details.outcomes()) {
            owners.add(new SkillReview.Owner("outcome", o.id(), o.code(), o.text(), all.stream()
                    .filter(l -> o.id().equals(l.outcomeId())).map(l -> new SkillReview.Item(l, labels.get(l.skillUri())))
                    .sorted(order).toList()));
        }
        for (DisciplineView d : details.disciplines()) {
            owners.add(new SkillReview.Owner("discipline", d.id(), d.code(), d.title(), all.stream()
                    .filter(l -> d.id().equals(l.disciplineId())).map(l -> new SkillReview.Item(l, labels.get(l.skillUri())))
                    .sorted(order).toList()));
        }
        long open = all.stream().filter(l -> l.status() == SkillStatus.PROPOSED).count();
        return new SkillReview(details.program(), owners, open, details.editable());
    }

    @Transactional
    public void confirm(CurrentUser user, UUID id, UUID link, SkillLevel level) {
        decide(user, id, link, SkillStatus.CONFIRMED, required(level));
    }

    @Transactional
    public void reject(CurrentUser user, UUID id, UUID link) {
        decide(user, id, link, SkillStatus.REJECTED, null);
    }

    @Transactional
    public int confirmAll(CurrentUser user, UUID id, SkillLevel level) {
        programs.editable(user, id);
        int count = links.decideAllProposed(id, SkillStatus.CONFIRMED, required(level), user.personId());
        audit.record("program.skills.confirmedAll", "program", id, count + " " + level);
        events.publishEvent(new ProgramSkillsChanged(id));
        return count;
    }

    @Transactional
    public int rejectAll(CurrentUser user, UUID id) {
        programs.editable(user, id);
        int count = links.decideAllProposed(id, SkillStatus.REJECTED, null, user.personId());
        audit.record("program.skills.rejectedAll", "program", id, String.valueOf(count));
        return count;
    }

    /** Adds a skill the engine did not propose to one of the program's outcomes or disciplines, confirmed at once. */
    @Transactional
    public void add(CurrentUser user, UUID id, UUID owner, String skill, SkillLevel level) {
        programs.editable(user, id);
        SkillView found = taxonomy.findById(skill == null ? "" : skill.strip())
                .orElseThrow(() -> DomainProblem.invalidField("skill", "programs.problem.skill.unknown"));
        boolean outcome = children.outcomes(id).stream().anyMatch(o -> o.id().equals(owner));
        boolean discipline = !outcome && children.disciplines(id).stream().anyMatch(d -> d.id().equals(owner));
        if (!outcome && !discipline) {
            throw DomainProblem.invalidField("owner", "programs.problem.skill.owner");
        }
        links.confirm(id, outcome ? owner : null, outcome ? null : owner, found.uri(), required(level), user.personId());
        audit.record("program.skill.added", "program", id, found.uri());
        events.publishEvent(new ProgramSkillsChanged(id));
    }

    private void decide(CurrentUser user, UUID id, UUID link, SkillStatus status, SkillLevel level) {
        programs.editable(user, id);
        if (!links.decide(id, link, status, level, user.personId())) {
            throw DomainProblem.notFound("programs.problem.linkNotFound");
        }
        audit.record("program.skill." + status.name().toLowerCase(java.util.Locale.ROOT), "program", id, link.toString());
        events.publishEvent(new ProgramSkillsChanged(id));
    }

    private static SkillLevel required(SkillLevel level) {
        if (level == null) {
            throw DomainProblem.invalidField("level", "programs.problem.skill.level");
        }
        return level;
    }

    private LocalizedText label(String uri) {
        return taxonomy.find(uri).map(SkillView::label).orElse(LocalizedText.of(uri, uri, uri));
    }
}
