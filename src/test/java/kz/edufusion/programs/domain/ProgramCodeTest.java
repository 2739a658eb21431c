package kz.edufusion.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edufusion.programs.ProgramLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgramCodeTest {

    @Test
    void theCodeNamesLevelFieldAndArea() {
        ProgramCode code = ProgramCode.parse(" 6b07151 ").code();
        assertThat(code.value()).isEqualTo("6B07151");
        assertThat(code.level()).isEqualTo(ProgramLevel.BACHELOR);
        assertThat(code.level().nqfLevel()).isEqualTo(6);
        assertThat(code.fieldCode()).isEqualTo("07");
        assertThat(code.areaCode()).isEqualTo("071");
        assertThat(ProgramCode.parse("7M04213").code().level().nqfLevel()).isEqualTo(7);
        assertThat(ProgramCode.parse("8D06101").code().level()).isEqualTo(ProgramLevel.DOCTORAL);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'', programs.problem.code.required",
            "6B0610, programs.problem.code.format",
            "6B061011, programs.problem.code.format",
            "6BX6101, programs.problem.code.format",
            "5B06101, programs.problem.code.prefix",
            "6M06101, programs.problem.code.prefix",
            "7B06101, programs.problem.code.prefix",
            "6B00101, programs.problem.code.field",
            "6B13101, programs.problem.code.field"})
    void badCodesSayWhatIsWrong(String text, String problem) {
        ProgramCode.Parsed parsed = ProgramCode.parse(text);
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.problem()).isEqualTo(problem);
    }

    @Test
    void theGroupLetterFollowsTheLevel() {
        assertThat(ProgramCode.groupProblem("B057", ProgramLevel.BACHELOR)).isNull();
        assertThat(ProgramCode.groupProblem("m094", ProgramLevel.MASTER)).isNull();
        assertThat(ProgramCode.groupProblem("D094", ProgramLevel.DOCTORAL)).isNull();
        assertThat(ProgramCode.groupProblem("M094", ProgramLevel.BACHELOR)).isEqualTo("programs.problem.group.level");
        assertThat(ProgramCode.groupProblem("B57", ProgramLevel.BACHELOR)).isEqualTo("programs.problem.group.format");
        assertThat(ProgramCode.groupProblem("X057", ProgramLevel.BACHELOR)).isEqualTo("programs.problem.group.format");
    }
}
