package kz.edufusion.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo register is there for the journeys and the gap analysis: confirmed skills, open proposals, targets. */
@IntegrationTest
class DemoProgramsTest {

    @Autowired ProgramRegister register;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReferenceData reference;
    @Autowired kz.edufusion.programs.domain.EducationOccupations education;

    @Test
    void theConsortiumUniversitiesHaveProgramsWithConfirmedSkillsAndTargets() {
        List<AlignmentProgram> programs = register.alignmentPrograms().stream()
                .filter(p -> List.of("6B06101", "6B06102", "7M06101", "6B06104", "6B07151", "6B06105", "6B08101",
                        "6B06106", "6B04101", "6B06107", "6B08701").contains(p.code())).toList();
        assertThat(programs).hasSizeGreaterThanOrEqualTo(11);
        AlignmentProgram cs = programs.stream().filter(p -> p.code().equals("6B06101")).findFirst().orElseThrow();
        assertThat(cs.skills()).extracting(TaughtSkill::skillUri)
                .contains("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d");
        assertThat(cs.skills()).filteredOn(s -> s.level() == SkillLevel.MASTERED).isNotEmpty();
        assertThat(cs.targetIscoCodes()).contains("2512");
        assertThat(cs.sectors()).containsExactly("J");
        assertThat(cs.intake()).isEqualTo(180);
        assertThat(register.disciplineCatalog()).extracting(CatalogDiscipline::code).contains("PRG1101");
        Integer open = jdbc.queryForObject("SELECT count(*) FROM programs.skill_link WHERE status = 'PROPOSED'", Integer.class);
        assertThat(open).as("proposals left for the review page").isPositive();
    }

    @Test
    void everyMappedIscoGroupExists() {
        for (Map.Entry<String, List<String>> row : education.all().entrySet()) {
            for (String group : row.getValue()) {
                assertThat(reference.iscoGroupExists(group)).as(row.getKey() + " -> " + group).isTrue();
            }
        }
    }
}
