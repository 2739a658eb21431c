package kz.edufusion.placements.dashboards;

import java.util.List;
import java.util.UUID;

/**
 * One university's figures for one academic year. {@code students}: students with a placement profile;
 * {@code placed}: those of them holding a placement in AGREEMENT, ACTIVE or COMPLETED whose dates touch the year
 * (the others still need one); {@code placements} of the university's students touching the year, in any status,
 * {@code paid} of them with a stipend above zero; {@code late}: ACTIVE placements whose diary is late
 * ({@link DiaryRule}); {@code atRisk}: students with a placement of the year at risk, for one reason or more
 * (counted per reason in {@code riskDiary}, {@code riskScore}, {@code riskEnded}).
 */
public record CoordinatorFigures(UUID universityId, AcademicYear year, int minimumScore, long students, long placed,
        long placements, long paid, long active, long late, long atRisk, long riskDiary, long riskScore, long riskEnded,
        List<ProgramRow> programs) {

    public long needing() {
        return students - placed;
    }

    /** The paid share in percent, or null without placements. */
    public Double paidShare() {
        return Shares.percent(paid, placements);
    }

    /** Students of one program (null: no program on the profile) and year of study. */
    public record ProgramRow(String programCode, int yearOfStudy, long students, long placed) {

        public long needing() {
            return students - placed;
        }
    }
}
