package kz.edufusion.programs.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.programs.SkillLevel;
import kz.edufusion.programs.domain.SkillLinkView.SkillStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The skill links of programs' outcomes and disciplines. A decided link is never overwritten by a proposal. */
@Repository
public class SkillLinkStore {

    private final NamedParameterJdbcTemplate jdbc;

    SkillLinkStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Proposes the skill for an outcome (or discipline) unless it is linked already, in any status. */
    public void propose(UUID program, UUID outcome, UUID discipline, String skillUri, double confidence) {
        String conflict = outcome != null ? "(outcome_id, skill_uri) WHERE outcome_id IS NOT NULL"
                : "(discipline_id, skill_uri) WHERE discipline_id IS NOT NULL";
        jdbc.update("INSERT INTO programs.skill_link (id, program_id, outcome_id, discipline_id, skill_uri, status, confidence)"
                + " VALUES (:id, :program, :outcome, :discipline, :uri, 'PROPOSED', :confidence) ON CONFLICT " + conflict
                + " DO NOTHING", owner(program, outcome, discipline).addValue("id", UUID.randomUUID()).addValue("uri", skillUri)
                .addValue("confidence", (float) confidence));
    }

    /** Confirms the skill for the owner at the level, whatever its link said before (a coordinator's own choice). */
    public void confirm(UUID program, UUID outcome, UUID discipline, String skillUri, SkillLevel level, UUID person) {
        String conflict = outcome != null ? "(outcome_id, skill_uri) WHERE outcome_id IS NOT NULL"
                : "(discipline_id, skill_uri) WHERE discipline_id IS NOT NULL";
        jdbc.update("INSERT INTO programs.skill_link (id, program_id, outcome_id, discipline_id, skill_uri, status, level,"
                + " decided_by, decided_at) VALUES (:id, :program, :outcome, :discipline, :uri, 'CONFIRMED', :level, :person, now())"
                + " ON CONFLICT " + conflict + " DO UPDATE SET status = 'CONFIRMED', level = EXCLUDED.level,"
                + " decided_by = EXCLUDED.decided_by, decided_at = now()",
                owner(program, outcome, discipline).addValue("id", UUID.randomUUID()).addValue("uri", skillUri)
                        .addValue("level", level.name()).addValue("person", person));
    }

    /** Drops the open proposals of an outcome or discipline whose text changed; decisions stay. */
    public void dropProposals(UUID owner) {
        jdbc.update("DELETE FROM programs.skill_link WHERE status = 'PROPOSED' AND (outcome_id = :id OR discipline_id = :id)",
                new MapSqlParameterSource("id", owner));
    }

    public List<SkillLinkView> links(UUID program) {
        return jdbc.query("""
                SELECT id, outcome_id, discipline_id, skill_uri, status, level, confidence FROM programs.skill_link
                 WHERE program_id = :program ORDER BY status, confidence DESC NULLS LAST, skill_uri
                """, new MapSqlParameterSource("program", program), (rs, n) -> new SkillLinkView(rs.getObject("id", UUID.class),
                rs.getObject("outcome_id", UUID.class), rs.getObject("discipline_id", UUID.class), rs.getString("skill_uri"),
                SkillStatus.valueOf(rs.getString("status")), rs.getString("level") == null ? null : SkillLevel.valueOf(rs.getString("level")),
                rs.getObject("confidence") == null ? null : rs.getDouble("confidence")));
    }

    /** Decides one link of the program; answers whether it was the program's. */
    public boolean decide(UUID program, UUID link, SkillStatus status, SkillLevel level, UUID person) {
        return jdbc.update("UPDATE programs.skill_link SET status = :status, level = :level, decided_by = :person,"
                + " decided_at = now() WHERE program_id = :program AND id = :id", decision(program, status, level, person)
                .addValue("id", link)) > 0;
    }

    /** Decides every open proposal of the program at once; answers how many. */
    public int decideAllProposed(UUID program, SkillStatus status, SkillLevel level, UUID person) {
        return jdbc.update("UPDATE programs.skill_link SET status = :status, level = :level, decided_by = :person,"
                + " decided_at = now() WHERE program_id = :program AND status = 'PROPOSED'", decision(program, status, level, person));
    }

    private static MapSqlParameterSource decision(UUID program, SkillStatus status, SkillLevel level, UUID person) {
        return new MapSqlParameterSource("program", program).addValue("status", status.name())
                .addValue("level", level == null ? null : level.name()).addValue("person", person);
    }

    private static MapSqlParameterSource owner(UUID program, UUID outcome, UUID discipline) {
        return new MapSqlParameterSource("program", program).addValue("outcome", outcome).addValue("discipline", discipline);
    }
}
