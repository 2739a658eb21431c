package kz.edufusion.alignment.national;

import java.time.YearMonth;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;

/**
 * What the national view shows: programs of one level, field of education (two digits), region (ISO 3166-2:KZ) and
 * type, or all of them where null; demand counted over the months {@code from}..{@code to}. Validated by
 * {@link NationalFilterForm}.
 */
record NationalFilter(ProgramLevel level, String fieldCode, String regionCode, ProgramType type, YearMonth from,
        YearMonth to) {

    /** True when the program is among those the filter selects (its region included). */
    boolean selects(AlignmentProgram program) {
        return selectsIgnoringRegion(program) && (regionCode == null || regionCode.equals(program.regionCode()));
    }

    /**
     * The region is left out when deciding which occupations a field prepares for: a region with no program of the
     * field still has demand for the field's occupations, and that shortage is what the view must show.
     */
    boolean selectsIgnoringRegion(AlignmentProgram program) {
        return (level == null || level == program.level()) && (type == null || type == program.type())
                && (fieldCode == null || fieldCode.equals(program.fieldCode()));
    }

    boolean inPeriod(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }
}
