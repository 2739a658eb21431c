package kz.edufusion.programs.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.programs.ProgramSkillsChanged;
import kz.edufusion.reference.Occupation;
import kz.edufusion.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The occupations (ESCO/ISCO) a program prepares for and the NACE sections it serves. Suggestions come from the
 * program's education area through {@link EducationOccupations}: the mapped ISCO groups in their order, a few ESCO
 * occupations of each in turn, so the first suggestions cover the most typical groups rather than one group's list.
 */
@Service
public class TargetService {

    static final int PER_GROUP = 3;
    static final int SUGGESTIONS = 15;

    private final ProgramService programs;
    private final TargetStore targets;
    private final EducationOccupations education;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    TargetService(ProgramService programs, TargetStore targets, EducationOccupations education, ReferenceData reference,
            AuditLog audit, ApplicationEventPublisher events) {
        this.programs = programs;
        this.targets = targets;
        this.education = education;
        this.reference = reference;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ProgramTargets targets(CurrentUser user, UUID id) {
        ProgramView program = programs.readable(user, id);
        List<TargetStore.Target> chosen = targets.targets(id);
        Set<String> taken = chosen.stream().map(TargetStore.Target::occupationUri).collect(Collectors.toSet());
        List<ProgramTargets.Chosen> rows = chosen.stream().map(t -> new ProgramTargets.Chosen(t.occupationUri(), t.iscoCode(),
                t.suggested(), reference.occupation(t.occupationUri()).orElse(null))).toList();
        List<String> groups = education.groupsFor(program.areaCode());
        return new ProgramTargets(program, rows, suggestions(groups, taken), groups, targets.sectors(id),
                programs.details(user, id).editable());
    }

    /** Round-robin over the mapped groups: each group's first occupation, then each group's second, and so on. */
    List<Occupation> suggestions(List<String> groups, Set<String> taken) {
        List<List<Occupation>> perGroup = groups.stream()
                .map(g -> reference.occupations(null, g, new PageQuery(0, PER_GROUP + taken.size())).items().stream()
                        .filter(o -> !taken.contains(o.uri())).limit(PER_GROUP).toList())
                .toList();
        List<Occupation> result = new ArrayList<>();
        for (int i = 0; i < PER_GROUP && result.size() < SUGGESTIONS; i++) {
            for (List<Occupation> group : perGroup) {
                if (i < group.size() && result.size() < SUGGESTIONS) {
                    result.add(group.get(i));
                }
            }
        }
        return result;
    }

    @Transactional
    public void add(CurrentUser user, UUID id, String occupation, boolean suggested) {
        programs.editable(user, id);
        Occupation found = reference.occupation(occupation == null ? "" : occupation.strip())
                .orElseThrow(() -> DomainProblem.invalidField("occupation", "programs.problem.occupation.unknown"));
        if (found.iscoGroup() == null || !found.iscoGroup().matches("[0-9]{4}")) {
            throw DomainProblem.invalidField("occupation", "programs.problem.occupation.unknown");
        }
        targets.add(id, found.uri(), found.iscoGroup(), suggested);
        audit.record("program.target.added", "program", id, found.uri());
        events.publishEvent(new ProgramSkillsChanged(id));
    }

    @Transactional
    public void remove(CurrentUser user, UUID id, String uri) {
        programs.editable(user, id);
        if (!targets.remove(id, uri)) {
            throw DomainProblem.notFound("programs.problem.childNotFound");
        }
        audit.record("program.target.removed", "program", id, uri);
        events.publishEvent(new ProgramSkillsChanged(id));
    }

    @Transactional
    public void sectors(CurrentUser user, UUID id, List<String> sections) {
        programs.editable(user, id);
        List<String> clean = (sections == null ? List.<String>of() : sections).stream().map(Texts::upper)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        for (String section : clean) {
            if (!section.matches("[A-U]") || !reference.economicActivityExists(section)) {
                throw DomainProblem.invalidField("sections", "programs.problem.sector.unknown");
            }
        }
        targets.replaceSectors(id, clean);
        audit.record("program.sectors.set", "program", id, String.join(",", clean).toLowerCase(Locale.ROOT));
        events.publishEvent(new ProgramSkillsChanged(id));
    }
}
