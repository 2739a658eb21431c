package kz.edufusion.programs.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The Register's rules for one program record, outcome, discipline and cohort, each answered with every field to
 * blame (field names as forms and the API name them) so one pass shows the coordinator all that is wrong.
 */
@Component
public class ProgramRules {

    static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    static final int MAX_TEXT = 2000;
    private static final Pattern CHILD_CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]{0,31}");

    private final ReferenceData reference;

    public ProgramRules(ReferenceData reference) {
        this.reference = reference;
    }

    public List<FieldProblem> check(ProgramDraft p) {
        List<FieldProblem> problems = new ArrayList<>();
        ProgramCode.Parsed parsed = ProgramCode.parse(p.code());
        if (!parsed.valid()) {
            problems.add(new FieldProblem("code", parsed.problem()));
        } else {
            ProgramCode code = parsed.code();
            if (!reference.fieldOfEducationExists(code.fieldCode())) {
                problems.add(new FieldProblem("code", "programs.problem.code.fieldUnknown"));
            }
            if (p.level() != null && p.level() != code.level()) {
                problems.add(new FieldProblem("level", "programs.problem.level.prefix"));
            }
            if (p.groupCode() != null) {
                String group = ProgramCode.groupProblem(p.groupCode(), code.level());
                if (group != null) {
                    problems.add(new FieldProblem("groupCode", group));
                }
            }
        }
        if (p.titleKk() == null && p.titleRu() == null && p.titleEn() == null) {
            problems.add(new FieldProblem("titleKk", "programs.problem.title.required"));
        }
        tooLong(problems, "titleKk", p.titleKk(), 500);
        tooLong(problems, "titleRu", p.titleRu(), 500);
        tooLong(problems, "titleEn", p.titleEn(), 500);
        tooLong(problems, "degree", p.degree(), 500);
        tooLong(problems, "atlasProfession", p.atlasProfession(), 500);
        if (p.credits() == null || p.credits() < 1 || p.credits() > 600) {
            problems.add(new FieldProblem("credits", "programs.problem.credits"));
        }
        if (p.languages().isEmpty()) {
            problems.add(new FieldProblem("languages", "programs.problem.languages.required"));
        } else if (!LANGUAGES.containsAll(p.languages())) {
            problems.add(new FieldProblem("languages", "programs.problem.languages.unknown"));
        }
        if (p.type() == null) {
            problems.add(new FieldProblem("type", "programs.problem.type"));
        }
        if (p.accreditationAgency() != null && p.accreditedUntil() == null) {
            problems.add(new FieldProblem("accreditedUntil", "programs.problem.accreditation.until"));
        }
        if (p.accreditationAgency() == null && p.accreditedUntil() != null) {
            problems.add(new FieldProblem("accreditationAgency", "programs.problem.accreditation.agency"));
        }
        tooLong(problems, "accreditationAgency", p.accreditationAgency(), 300);
        if (p.regionCode() != null && !reference.regionExists(p.regionCode())) {
            problems.add(new FieldProblem("regionCode", "programs.problem.region"));
        }
        return problems;
    }

    public List<FieldProblem> check(OutcomeDraft o) {
        List<FieldProblem> problems = new ArrayList<>();
        code(problems, o.code(), 16);
        if (o.textKk() == null && o.textRu() == null && o.textEn() == null) {
            problems.add(new FieldProblem("textKk", "programs.problem.outcome.text"));
        }
        tooLong(problems, "textKk", o.textKk(), MAX_TEXT);
        tooLong(problems, "textRu", o.textRu(), MAX_TEXT);
        tooLong(problems, "textEn", o.textEn(), MAX_TEXT);
        return problems;
    }

    /** {@code outcomeCodes}: the codes of the program's outcomes, which a discipline may serve. */
    public List<FieldProblem> check(DisciplineDraft d, Set<String> outcomeCodes) {
        List<FieldProblem> problems = new ArrayList<>();
        code(problems, d.code(), 32);
        if (d.titleKk() == null && d.titleRu() == null && d.titleEn() == null) {
            problems.add(new FieldProblem("titleKk", "programs.problem.title.required"));
        }
        tooLong(problems, "titleKk", d.titleKk(), 500);
        tooLong(problems, "titleRu", d.titleRu(), 500);
        tooLong(problems, "titleEn", d.titleEn(), 500);
        if (d.cycle() == null) {
            problems.add(new FieldProblem("cycle", "programs.problem.discipline.cycle"));
        }
        if (d.component() == null) {
            problems.add(new FieldProblem("component", "programs.problem.discipline.component"));
        }
        if (d.credits() == null || d.credits() < 1 || d.credits() > 60) {
            problems.add(new FieldProblem("credits", "programs.problem.discipline.credits"));
        }
        if (!outcomeCodes.containsAll(d.outcomeCodes())) {
            problems.add(new FieldProblem("outcomeCodes", "programs.problem.discipline.outcomes"));
        }
        return problems;
    }

    public List<FieldProblem> check(CohortDraft c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.academicYear() == null || c.academicYear() < 1990 || c.academicYear() > 2100) {
            problems.add(new FieldProblem("academicYear", "programs.problem.cohort.year"));
        }
        if (c.intake() == null || c.intake() < 0 || c.intake() > 100_000) {
            problems.add(new FieldProblem("intake", "programs.problem.cohort.count"));
        }
        if (c.graduates() == null || c.graduates() < 0 || c.graduates() > 100_000) {
            problems.add(new FieldProblem("graduates", "programs.problem.cohort.count"));
        }
        return problems;
    }

    private static void code(List<FieldProblem> problems, String code, int max) {
        if (code == null) {
            problems.add(new FieldProblem("code", "programs.problem.child.code.required"));
        } else if (code.length() > max || !CHILD_CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "programs.problem.child.code.format"));
        }
    }

    private static void tooLong(List<FieldProblem> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "programs.problem.tooLong"));
        }
    }
}
