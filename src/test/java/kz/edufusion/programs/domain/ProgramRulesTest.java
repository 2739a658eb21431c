package kz.edufusion.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import kz.edufusion.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class ProgramRulesTest {

    final ReferenceData reference = mock(ReferenceData.class);
    final ProgramRules rules = new ProgramRules(reference);

    ProgramRulesTest() {
        when(reference.fieldOfEducationExists(anyString())).thenReturn(true);
        when(reference.regionExists("KZ-75")).thenReturn(true);
    }

    static ProgramDraft good() {
        return new ProgramDraft("6B06101", null, "Информатика", null, null, "B057", null, 240, List.of("kk", "ru"),
                ProgramType.EXISTING, null, null, "KZ-75", null);
    }

    @Test
    void aCompleteProgramPasses() {
        assertThat(rules.check(good())).isEmpty();
    }

    @Test
    void everyFieldToBlameIsNamedAtOnce() {
        ProgramDraft bad = new ProgramDraft("6B06101", ProgramLevel.MASTER, null, " ", null, "M094", null, 0,
                List.of("de"), null, "IAAR", null, "KZ-99", null);
        assertThat(rules.check(bad)).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("level", "programs.problem.level.prefix"),
                org.assertj.core.groups.Tuple.tuple("groupCode", "programs.problem.group.level"),
                org.assertj.core.groups.Tuple.tuple("titleKk", "programs.problem.title.required"),
                org.assertj.core.groups.Tuple.tuple("credits", "programs.problem.credits"),
                org.assertj.core.groups.Tuple.tuple("languages", "programs.problem.languages.unknown"),
                org.assertj.core.groups.Tuple.tuple("type", "programs.problem.type"),
                org.assertj.core.groups.Tuple.tuple("accreditedUntil", "programs.problem.accreditation.until"),
                org.assertj.core.groups.Tuple.tuple("regionCode", "programs.problem.region"));
    }

    @Test
    void anExpiredAccreditationIsKeptAndShownAsExpired() {
        ProgramDraft expired = new ProgramDraft("6B06101", null, "Информатика", null, null, null, null, 240, List.of("kk"),
                ProgramType.NEW, "IAAR", LocalDate.of(2020, 6, 30), null, null);
        assertThat(rules.check(expired)).isEmpty();
    }

    @Test
    void aFieldMissingFromTheClassifierIsRefused() {
        when(reference.fieldOfEducationExists("06")).thenReturn(false);
        assertThat(rules.check(good())).extracting(FieldProblem::messageKey).containsExactly("programs.problem.code.fieldUnknown");
    }

    @Test
    void disciplinesServeOnlyTheProgramsOutcomes() {
        DisciplineDraft discipline = new DisciplineDraft("PRG1", "Бағдарламалау", null, null, DisciplineCycle.BD,
                DisciplineComponent.CORE, 61, List.of("LO1", "LO9"));
        assertThat(rules.check(discipline, Set.of("LO1"))).extracting(FieldProblem::field)
                .containsExactly("credits", "outcomeCodes");
        assertThat(rules.check(new OutcomeDraft("LO 1", null, null, null))).extracting(FieldProblem::field)
                .containsExactly("code", "textKk");
        assertThat(rules.check(new CohortDraft(1989, -1, 5))).extracting(FieldProblem::field)
                .containsExactly("academicYear", "intake");
    }
}
