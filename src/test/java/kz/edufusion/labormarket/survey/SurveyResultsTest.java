package kz.edufusion.labormarket.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.TestIdentities;
import kz.edufusion.labormarket.DemandPicture.CombinedSkill;
import kz.edufusion.labormarket.EmployerSurveys;
import kz.edufusion.labormarket.SurveyDraft;
import kz.edufusion.labormarket.SurveyQuarter;
import kz.edufusion.labormarket.SurveyResults;
import kz.edufusion.labormarket.SurveyResults.SkillDemand;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The quarter's results against a fixture worked out by hand: vacancies inserted with JDBC in a quarter far in the
 * future that no other test uses, and SUBMITTED and DRAFT answers of four plus one companies.
 */
@IntegrationTest
class SurveyResultsTest {

    @Autowired
    EmployerSurveys surveys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    IdentityDirectory directory;
    @Autowired
    ApplicationContext context;

    final String run = "test-survey-" + UUID.randomUUID().toString().substring(0, 8);
    final SurveyQuarter quarter = new SurveyQuarter(ThreadLocalRandom.current().nextInt(2100, 9000), 2);
    final String a = "https://edufusion.kz/skill/" + run + "-a";
    final String b = "https://edufusion.kz/skill/" + run + "-b";
    final String c = "https://edufusion.kz/skill/" + run + "-c";

    @Test
    void theJoinedPictureMatchesHandComputedNumbers() {
        fixture();
        SurveyResults results = surveys.results(admin(), quarter);

        // 4 vacancies count (a duplicate and a July vacancy do not): A in 3 -> 0.75, B in 1 -> 0.25
        // survey over 4 responding companies: A 5+4+3 = 12 -> 12/5/4 = 0.6; C 4 x 5 = 20 -> 1.0; B named once: not counted
        // w = 1 - 0.5 * 4/100 = 0.98; A = 0.98 * 1 + 0.02 * 0.6 = 0.992; B = 0.98 * (0.25/0.75) = 0.32667; C = 0.02 * 1 = 0.02
        assertThat(results.picture().vacancies()).isEqualTo(4);
        assertThat(results.picture().responses()).isEqualTo(4);
        assertThat(results.picture().vacancyWeight()).isCloseTo(0.98, within(1e-12));
        List<CombinedSkill> rows = results.picture().skills();
        assertThat(rows).extracting(CombinedSkill::skillUri).containsExactly(a, b, c);
        assertThat(rows.get(0).vacancyShare()).isEqualTo(0.75);
        assertThat(rows.get(0).surveySignal()).isCloseTo(0.6, within(1e-12));
        assertThat(rows.get(0).combined()).isCloseTo(0.992, within(1e-12));
        assertThat(rows.get(1).vacancyNormalized()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(rows.get(1).surveySignal()).isZero();
        assertThat(rows.get(1).combined()).isCloseTo(0.98 / 3, within(1e-12));
        assertThat(rows.get(2).combined()).isCloseTo(0.02, within(1e-12));
        assertThat(rows).extracting(CombinedSkill::rank).containsExactly(1, 2, 3);

        // the survey's own ranking, unsuppressed for the administrator: C 1.0, A 0.6 (mean 4), B 0.25
        assertThat(results.skills()).extracting(SkillDemand::skillUri).containsExactly(c, a, b);
        assertThat(results.skills().get(1).meanImportance()).isEqualTo(4.0);
        assertThat(results.skills().get(2).companies()).isEqualTo(1);
        assertThat(results.coverage().responding()).isEqualTo(4);
        assertThat(results.coverage().drafts()).isEqualTo(1);
    }

    @Test
    void analystsSeeCellsOfFewerThanThreeCompaniesSuppressed() {
        fixture();
        SurveyResults results = surveys.results(user("analyst@demo.edufusion.kz"), quarter);
        assertThat(results.suppressed()).isTrue();
        SkillDemand onlyOne = results.skills().stream().filter(s -> s.skillUri().equals(b)).findFirst().orElseThrow();
        assertThat(onlyOne.suppressed()).isTrue();
        assertThat(onlyOne.companies()).isNull();
        assertThat(onlyOne.meanImportance()).isNull();
        assertThat(onlyOne.rank()).isNull();
        assertThat(results.skills().get(results.skills().size() - 1).skillUri()).isEqualTo(b);
        // one company expects welders in Mangystau, three expect developers in Almaty
        assertThat(results.hiresByRegion()).filteredOn(h -> h.code().equals("KZ-47")).singleElement()
                .satisfies(h -> assertThat(h.suppressed()).isTrue()).satisfies(h -> assertThat(h.expectedHires()).isNull());
        assertThat(results.hiresByRegion()).filteredOn(h -> h.code().equals("KZ-75")).singleElement()
                .satisfies(h -> assertThat(h.expectedHires()).isEqualTo(30));
        // the joined picture is the same for everyone: it never uses a skill fewer than 3 companies named
        assertThat(results.picture()).isEqualTo(surveys.results(admin(), quarter).picture());
    }

    @Test
    void withFewerThanThreeRespondersNothingAnswerDerivedIsShownToAnalysts() {
        insertResponse(UUID.randomUUID(), "SUBMITTED", List.of(new Need(a, 5)), List.of());
        SurveyResults results = surveys.results(user("analyst@demo.edufusion.kz"), quarter);
        assertThat(results.coverage().responding()).isEqualTo(1);
        assertThat(results.skills()).isEmpty();
        assertThat(results.hiresByOccupation()).isEmpty();
        assertThat(surveys.results(admin(), quarter).skills()).hasSize(1);
    }

    @Test
    void coverageCountsSubmittedAnswersAgainstActiveCompanies() {
        TestIdentities identities = new TestIdentities(context);
        UUID company = identities.organization(OrganizationType.COMPANY, OrganizationStatus.ACTIVE).id();
        CurrentUser representative = user(identities.email(company, Role.COMPANY_REPRESENTATIVE));
        SurveyQuarter current = surveys.currentQuarter();
        SurveyResults.Coverage before = surveys.results(current).coverage();
        var draft = new SurveyDraft(null, List.of(new SurveyDraft.SkillNeedInput("SQL", 4, 1)), List.of());
        surveys.save(representative, current, company, draft, false);
        assertThat(surveys.results(current).coverage().responding()).isEqualTo(before.responding());
        assertThat(surveys.results(current).coverage().drafts()).isEqualTo(before.drafts() + 1);
        surveys.save(representative, current, company, draft, true);
        SurveyResults.Coverage after = surveys.results(current).coverage();
        assertThat(after.responding()).isEqualTo(before.responding() + 1);
        assertThat(after.activeCompanies()).isEqualTo(directory.activeOrganizations(OrganizationType.COMPANY).size());
        assertThat(after.target()).isEqualTo(100);
        assertThat(after.targetPercent()).isEqualTo(Math.round(after.responding() * 100f / 100));
        // the test company has no region: it is counted in the "not stated" cell
        assertThat(after.byRegion()).filteredOn(cell -> cell.code() == null).singleElement()
                .satisfies(cell -> assertThat(cell.responding()).isGreaterThanOrEqualTo(1));
        assertThat(after.byRegion().stream().mapToInt(SurveyResults.CoverageCell::responding).sum()).isEqualTo(after.responding());
    }

    private void fixture() {
        LocalDate april = quarter.firstDay();
        long first = vacancy(april, null, List.of(a, b));
        vacancy(april.plusMonths(1), null, List.of(a));
        vacancy(april.plusMonths(2), null, List.of(a));
        vacancy(april.plusMonths(2), null, List.of());
        vacancy(april.plusMonths(1), first, List.of(a, b));
        vacancy(quarter.endExclusive(), null, List.of(a, b));
        UUID[] companies = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        insertResponse(companies[0], "SUBMITTED", List.of(new Need(a, 5), new Need(c, 5)), List.of("KZ-75:10"));
        insertResponse(companies[1], "SUBMITTED", List.of(new Need(a, 4), new Need(c, 5)), List.of("KZ-75:15"));
        insertResponse(companies[2], "SUBMITTED", List.of(new Need(a, 3), new Need(c, 5)), List.of("KZ-75:5"));
        insertResponse(companies[3], "SUBMITTED", List.of(new Need(b, 5), new Need(c, 5)), List.of("KZ-47:40"));
        insertResponse(UUID.randomUUID(), "DRAFT", List.of(new Need(a, 5), new Need(b, 5)), List.of("KZ-47:40"));
    }

    record Need(String uri, int importance) {
    }

    private long vacancy(LocalDate month, Long duplicateOf, List<String> skills) {
        Long id = jdbc.queryForObject("""
                INSERT INTO labormarket.vacancy (source, source_id, title, published_at, published_month, text_hash, duplicate_of)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, run, UUID.randomUUID().toString(), "Vacancy " + run,
                Timestamp.valueOf(month.atTime(12, 0)), Date.valueOf(month), ThreadLocalRandom.current().nextLong(), duplicateOf);
        for (String skill : skills) {
            jdbc.update("INSERT INTO labormarket.vacancy_skill (vacancy_id, skill_uri, score, origin) VALUES (?, ?, 0.9, 'TEXT')", id, skill);
        }
        return id;
    }

    private void insertResponse(UUID organization, String status, List<Need> needs, List<String> hires) {
        Long id = jdbc.queryForObject("INSERT INTO labormarket.survey_response (quarter, organization_id, status, submitted_at) "
                + "VALUES (?, ?, ?, CASE WHEN ? = 'SUBMITTED' THEN now() END) RETURNING id", Long.class, quarter.toString(), organization,
                status, status);
        for (Need need : needs) {
            jdbc.update("INSERT INTO labormarket.survey_skill_need (response_id, skill_uri, importance, horizon_years) VALUES (?, ?, ?, 1)",
                    id, need.uri(), need.importance());
        }
        for (String hiring : hires) {
            String[] p = hiring.split(":");
            jdbc.update("INSERT INTO labormarket.survey_hiring (response_id, occupation_uri, region_code, expected_hires, horizon_years) "
                    + "VALUES (?, ?, ?, ?, 1)", id, SurveyPageTest.DEVELOPER, p[0], Integer.parseInt(p[1]));
        }
    }

    private CurrentUser admin() {
        return user("admin@demo.edufusion.kz");
    }

    private CurrentUser user(String email) {
        return (CurrentUser) users.loadUserByUsername(email);
    }
}
