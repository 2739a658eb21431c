package kz.edufusion.programs.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import java.util.stream.Collectors;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.programs.ProgramSkillsChanged;
import kz.edufusion.programs.domain.ChildStore;
import kz.edufusion.programs.domain.CohortDraft;
import kz.edufusion.programs.domain.DisciplineDraft;
import kz.edufusion.programs.domain.OutcomeDraft;
import kz.edufusion.programs.domain.OutcomeView;
import kz.edufusion.programs.domain.ProgramAccess;
import kz.edufusion.programs.domain.ProgramCode;
import kz.edufusion.programs.domain.ProgramDraft;
import kz.edufusion.programs.domain.ProgramRules;
import kz.edufusion.programs.domain.ProgramStore;
import kz.edufusion.programs.domain.SkillLinkStore;
import kz.edufusion.programs.domain.SkillProposer;
import kz.edufusion.programs.imports.ImportRejection.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the tables of one upload into one university's register, in one transaction. Programs are matched by
 * code (re-import updates them); a table of children given for a program replaces that program's children of the
 * kind (matched by code, so kept outcomes keep their skill decisions; a rejected row's code is kept too, so a typo
 * never deletes data). Bad rows are reported and skipped; a child of a rejected or unknown program is rejected
 * with that reason. New and changed outcomes and disciplines get skill proposals from the engine.
 */
@Service
public class ProgramImporter {

    private final ProgramStore programs;
    private final ChildStore children;
    private final ProgramRules rules;
    private final ProgramAccess access;
    private final IdentityDirectory directory;
    private final SkillProposer proposer;
    private final SkillLinkStore links;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ProgramImporter(ProgramStore programs, ChildStore children, ProgramRules rules, ProgramAccess access,
            IdentityDirectory directory, SkillProposer proposer, SkillLinkStore links, AuditLog audit,
            ApplicationEventPublisher events) {
        this.programs = programs;
        this.children = children;
        this.rules = rules;
        this.access = access;
        this.directory = directory;
        this.proposer = proposer;
        this.links = links;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public ImportReport run(CurrentUser user, UUID universityId, UploadedTables tables) {
        if (universityId == null) {
            throw DomainProblem.invalidField("university", "programs.problem.university");
        }
        access.requireEdit(user, universityId);
        return importInto(universityId, tables);
    }

    /**
     * The import itself, without the caller's authorization: for {@link #run} after its checks, and for the demo
     * seeder, which acts for no one.
     */
    @Transactional
    public ImportReport importInto(UUID universityId, UploadedTables tables) {
        OrganizationView university = directory.organization(universityId).filter(o -> o.type().educational())
                .orElseThrow(() -> DomainProblem.invalidField("university", "programs.problem.university"));
        Run run = new Run(universityId, university.regionCode());
        tables.rows(Sheet.PROGRAMS).forEach(run::program);
        run.children(tables, Sheet.OUTCOMES, run::outcome, (id, codes) -> children.retainOutcomes(id, codes));
        run.children(tables, Sheet.DISCIPLINES, run::discipline, (id, codes) -> children.retainDisciplines(id, codes));
        run.children(tables, Sheet.COHORTS, run::cohort, (id, codes) -> children.retainCohorts(id,
                codes.stream().map(Integer::valueOf).toList()));
        run.touched.forEach(id -> events.publishEvent(new ProgramSkillsChanged(id)));
        ImportReport report = new ImportReport(run.created, run.updated, run.outcomes, run.disciplines, run.cohorts,
                run.proposals, run.rejections);
        audit.record("programs.imported", "organization", universityId, report.programsCreated() + " created, "
                + report.programsUpdated() + " updated, " + report.rejected() + " rejected");
        return report;
    }

    /** The state of one import: programs seen by code, rejected codes, counts and rejections. */
    private final class Run {

        final UUID university;
        final String defaultRegion;
        final Map<String, UUID> accepted = new HashMap<>();
        final Set<String> rejectedPrograms = new HashSet<>();
        final Set<UUID> touched = new LinkedHashSet<>();
        final List<ImportRejection> rejections = new ArrayList<>();
        int created;
        int updated;
        int outcomes;
        int disciplines;
        int cohorts;
        int proposals;

        Run(UUID university, String defaultRegion) {
            this.university = university;
            this.defaultRegion = defaultRegion;
        }

        void program(UploadRow row) {
            RowConverter converter = new RowConverter(row);
            ProgramDraft draft = converter.program();
            String code = draft.code() == null ? null : draft.code().toUpperCase(java.util.Locale.ROOT);
            if (code != null && (accepted.containsKey(code) || rejectedPrograms.contains(code))) {
                reject(row, code, List.of(new Reason("code", "programs.import.reason.duplicate", code)));
                return;
            }
            List<Reason> reasons = reasons(converter, rules.check(draft));
            if (reasons.isEmpty() && draft.regionCode() == null && defaultRegion == null) {
                reasons.add(new Reason("region", "programs.problem.region.required", null));
            }
            if (!reasons.isEmpty()) {
                if (code != null) {
                    rejectedPrograms.add(code);
                }
                reject(row, code, reasons);
                return;
            }
            ProgramCode parsed = ProgramCode.parse(draft.code()).code();
            boolean existed = programs.idOf(university, parsed.value()).isPresent();
            UUID id = programs.upsert(university, parsed, draft, draft.regionCode() != null ? draft.regionCode() : defaultRegion);
            accepted.put(parsed.value(), id);
            touched.add(id);
            if (existed) {
                updated++;
            } else {
                created++;
            }
        }

        /** Applies one child table: rows grouped by program, each group written and then the rest removed. */
        void children(UploadedTables tables, Sheet sheet, ChildWriter writer, Retainer retainer) {
            if (!tables.has(sheet)) {
                return;
            }
            Map<UUID, List<String>> kept = new LinkedHashMap<>();
            Map<UUID, Set<String>> seen = new HashMap<>();
            for (UploadRow row : tables.rows(sheet)) {
                String programCode = row.get("program_code") == null ? null : row.get("program_code").toUpperCase(java.util.Locale.ROOT);
                String key = sheet == Sheet.COHORTS ? row.get("academic_year") : row.get("code");
                UUID program = program(row, programCode, key);
                if (program == null) {
                    continue;
                }
                if (key != null && !seen.computeIfAbsent(program, p -> new HashSet<>()).add(key)) {
                    reject(row, key, List.of(new Reason(sheet == Sheet.COHORTS ? "academic_year" : "code",
                            "programs.import.reason.duplicate", key)));
                    continue;
                }
                List<String> programKept = kept.computeIfAbsent(program, p -> new ArrayList<>());
                String written = writer.write(row, program);
                if (written != null) {
                    programKept.add(written);
                } else if (key != null && (sheet != Sheet.COHORTS || key.matches("[0-9]{1,4}"))) {
                    programKept.add(key);
                }
            }
            kept.forEach(retainer::retain);
            touched.addAll(kept.keySet());
        }

        /** The program a child row names: one accepted now or already in the register; else the row is rejected. */
        private UUID program(UploadRow row, String programCode, String key) {
            if (programCode == null) {
                reject(row, key, List.of(new Reason("program_code", "programs.import.reason.programCode", null)));
                return null;
            }
            if (rejectedPrograms.contains(programCode)) {
                reject(row, key, List.of(new Reason("program_code", "programs.import.reason.parentRejected", programCode)));
                return null;
            }
            UUID id = accepted.computeIfAbsent(programCode, code -> programs.idOf(university, code).orElse(null));
            if (id == null) {
                accepted.remove(programCode);
                reject(row, key, List.of(new Reason("program_code", "programs.import.reason.unknownProgram", programCode)));
            }
            return id;
        }

        String outcome(UploadRow row, UUID program) {
            RowConverter converter = new RowConverter(row);
            OutcomeDraft draft = converter.outcome();
            if (rejected(row, draft.code(), reasons(converter, rules.check(draft)))) {
                return null;
            }
            ChildStore.Saved saved = children.saveOutcome(program, draft);
            if (saved.textChanged()) {
                links.dropProposals(saved.id());
                proposals += proposer.propose(program, saved.id(), null, LocalizedText.of(draft.textKk(), draft.textRu(), draft.textEn()));
            }
            outcomes++;
            return draft.code();
        }

        String discipline(UploadRow row, UUID program) {
            RowConverter converter = new RowConverter(row);
            DisciplineDraft draft = converter.discipline();
            Set<String> codes = children.outcomes(program).stream().map(OutcomeView::code).collect(Collectors.toSet());
            if (rejected(row, draft.code(), reasons(converter, rules.check(draft, codes)))) {
                return null;
            }
            ChildStore.Saved saved = children.saveDiscipline(program, draft);
            if (saved.textChanged()) {
                links.dropProposals(saved.id());
                proposals += proposer.propose(program, null, saved.id(), LocalizedText.of(draft.titleKk(), draft.titleRu(), draft.titleEn()));
            }
            disciplines++;
            return draft.code();
        }

        String cohort(UploadRow row, UUID program) {
            RowConverter converter = new RowConverter(row);
            CohortDraft draft = converter.cohort();
            if (rejected(row, row.get("academic_year"), reasons(converter, rules.check(draft)))) {
                return null;
            }
            children.saveCohort(program, draft);
            cohorts++;
            return String.valueOf(draft.academicYear());
        }

        private boolean rejected(UploadRow row, String code, List<Reason> reasons) {
            if (reasons.isEmpty()) {
                return false;
            }
            reject(row, code, reasons);
            return true;
        }

        private void reject(UploadRow row, String code, List<Reason> reasons) {
            rejections.add(new ImportRejection(row.sheet(), row.number(), code, reasons));
        }

        /** Conversion reasons first; a rule's problem with a column that did not even convert is not repeated. */
        private List<Reason> reasons(RowConverter converter, List<FieldProblem> problems) {
            List<Reason> reasons = new ArrayList<>(converter.reasons());
            Set<String> columns = reasons.stream().map(Reason::column).collect(Collectors.toSet());
            for (FieldProblem problem : problems) {
                String column = column(problem.field());
                if (!columns.contains(column)) {
                    reasons.add(new Reason(column, problem.messageKey(), null));
                }
            }
            return reasons;
        }
    }

    /** The column of the table a rule's field name stands for (titleKk -> title_kk). */
    static String column(String field) {
        return switch (field) {
            case "regionCode" -> "region";
            case "outcomeCodes" -> "outcomes";
            default -> field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
        };
    }

    @FunctionalInterface
    private interface ChildWriter {
        /** Writes the row; answers its code (or year) when written, null when rejected. */
        String write(UploadRow row, UUID program);
    }

    @FunctionalInterface
    private interface Retainer {
        void retain(UUID program, List<String> keys);
    }

}
