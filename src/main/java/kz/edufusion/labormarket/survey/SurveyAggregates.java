package kz.edufusion.labormarket.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.labormarket.SurveyQuarter;
import kz.edufusion.labormarket.survey.DemandWeighting.SurveySum;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sums over the quarter's SUBMITTED answers; drafts never count. */
@Component
class SurveyAggregates {

    private static final String SUBMITTED = "r.quarter = ? AND r.status = 'SUBMITTED'";

    private final JdbcClient jdbc;

    SurveyAggregates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Responses(List<UUID> submitted, int drafts) {
    }

    /** Expected hires per occupation or region: how many companies, how many people. */
    record HiringSum(String code, int companies, int expectedHires) {
    }

    Responses responses(SurveyQuarter quarter) {
        List<UUID> submitted = jdbc.sql("SELECT organization_id FROM labormarket.survey_response r WHERE " + SUBMITTED)
                .param(quarter.toString()).query(UUID.class).list();
        int drafts = jdbc.sql("SELECT count(*) FROM labormarket.survey_response WHERE quarter = ? AND status = 'DRAFT'")
                .param(quarter.toString()).query(Integer.class).single();
        return new Responses(submitted, drafts);
    }

    Map<String, SurveySum> skills(SurveyQuarter quarter) {
        Map<String, SurveySum> sums = new HashMap<>();
        jdbc.sql("SELECT n.skill_uri, count(*), sum(n.importance) FROM labormarket.survey_skill_need n "
                        + "JOIN labormarket.survey_response r ON r.id = n.response_id WHERE " + SUBMITTED + " GROUP BY n.skill_uri")
                .param(quarter.toString())
                .query(rs -> {
                    sums.put(rs.getString(1), new SurveySum(rs.getInt(2), rs.getInt(3)));
                });
        return sums;
    }

    List<HiringSum> hiresByOccupation(SurveyQuarter quarter) {
        return hires("occupation_uri", quarter);
    }

    List<HiringSum> hiresByRegion(SurveyQuarter quarter) {
        return hires("region_code", quarter);
    }

    private List<HiringSum> hires(String column, SurveyQuarter quarter) {
        return jdbc.sql("SELECT h." + column + ", count(DISTINCT h.response_id), sum(h.expected_hires) "
                        + "FROM labormarket.survey_hiring h JOIN labormarket.survey_response r ON r.id = h.response_id "
                        + "WHERE " + SUBMITTED + " GROUP BY h." + column + " ORDER BY 3 DESC, 1")
                .param(quarter.toString())
                .query((rs, n) -> new HiringSum(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }
}
