package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input answers a problem naming each field, in the caller's language, and writes nothing. */
@IntegrationTest
@AutoConfigureMockMvc
class PlacementsInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Offers offers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfferWithDatesOutOfOrderAndNoSeatsIsRefusedWhole() throws Exception {
        PlacementFixtures fixtures = new PlacementFixtures(users, offers);
        long before = count("offer");
        String body = """
                {"companyId":"%s","type":"INTERNSHIP","selection":"FIRST_COME","titleRu":"Стажировка",
                 "regionCode":"KZ-99","fieldCodes":["77"],"startsOn":"2027-07-01","endsOn":"2027-06-01",
                 "hoursPerWeek":45,"seats":0,"stipendKzt":-1,"minYear":7}
                """.formatted(fixtures.company("company"));
        mvc.perform(post("/api/v1/placements/offers").with(as("company")).header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/validation"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("minYear", "regionCode", "fieldCodes",
                        "endsOn", "hoursPerWeek", "stipendKzt", "seats")))
                .andExpect(jsonPath("$.errors[?(@.field == 'endsOn')].message").value(hasItem("Дата окончания раньше даты начала.")));
        assertThat(count("offer")).isEqualTo(before);
    }

    @Test
    void anOfferWithoutATitleInAnyLanguageIsRefused() throws Exception {
        String body = """
                {"companyId":"%s","type":"INTERNSHIP","selection":"FIRST_COME","titleKk":" ","regionCode":"KZ-75",
                 "startsOn":"2027-06-01","endsOn":"2027-06-30","hoursPerWeek":20,"seats":1}
                """.formatted(new PlacementFixtures(users, offers).company("company"));
        mvc.perform(post("/api/v1/placements/offers").with(as("company")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("titleKk")));
    }

    @Test
    void aCvOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
        OfferView offer = new PlacementFixtures(users, offers).published("company", Selection.FIRST_COME, 1);
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PlacementFixtures.PDF, 0, big, 0, PlacementFixtures.PDF.length);
        long cvs = count("cv_file");
        mvc.perform(multipart("/api/v1/placements/offers/{id}/applications", offer.id())
                        .file(new MockMultipartFile("cv", "big.pdf", "application/pdf", big))
                        .param("motivation", "Хочу").with(as("student")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cv"))
                .andExpect(jsonPath("$.errors[0].message").value("The CV file is too large."));
        assertThat(count("cv_file")).isEqualTo(cvs);
        assertThat(applicationsTo(offer)).isZero();
    }

    @Test
    void aCvThatIsNotReallyAPdfOrDocxIsRefused() throws Exception {
        OfferView offer = new PlacementFixtures(users, offers).published("company", Selection.FIRST_COME, 1);
        mvc.perform(multipart("/api/v1/placements/offers/{id}/applications", offer.id())
                        .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
                        .with(as("student")).header("Accept-Language", "kk"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("motivation", "cv")))
                .andExpect(jsonPath("$.errors[?(@.field == 'cv')].message").value(hasItem("Түйіндеме PDF немесе DOCX файлы болуы керек.")));
        assertThat(applicationsTo(offer)).isZero();
    }

    @Test
    void aDocxIsRecognizedByItsContent() throws Exception {
        OfferView offer = new PlacementFixtures(users, offers).published("company", Selection.FIRST_COME, 1);
        mvc.perform(multipart("/api/v1/placements/offers/{id}/applications", offer.id())
                        .file(new MockMultipartFile("cv", "cv.docx", "application/octet-stream", docx()))
                        .param("motivation", "Хочу").with(as("student")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cvFileName").value("cv.docx"));
    }

    @Test
    void moreAcceptancesThanSeatsAreRefused() throws Exception {
        OfferView offer = new PlacementFixtures(users, offers).published("company", Selection.FIRST_COME, 1);
        String first = apply(offer, "student");
        String second = apply(offer, "student5");
        decide(first).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        decide(second).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/conflict"));
        mvc.perform(get("/api/v1/placements/applications/{id}", second).with(as("student5")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void applyingTwiceIsAConflict() throws Exception {
        OfferView offer = new PlacementFixtures(users, offers).published("company", Selection.FIRST_COME, 1);
        apply(offer, "student");
        mvc.perform(multipart("/api/v1/placements/offers/{id}/applications", offer.id())
                        .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", PlacementFixtures.PDF))
                        .param("motivation", "Ещё раз").with(as("student")))
                .andExpect(status().isConflict());
        assertThat(applicationsTo(offer)).isEqualTo(1);
    }

    @Test
    void searchFiltersAndScoresBySkills() throws Exception {
        // the demo student claims Java and SQL, which the demo Kcell offer requires
        mvc.perform(get("/api/v1/placements/offers").param("q", "Java").param("paid", "true").param("region", "KZ-75")
                        .param("sort", "match").with(as("student")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.title.en == 'Java developer internship')].matchPercent").value(hasItem(100)));
        // without a student profile there is nothing to match: no score, not 0 %
        mvc.perform(get("/api/v1/placements/offers").param("q", "Java").with(as("company2")))
                .andExpect(jsonPath("$.items[?(@.title.en == 'Java developer internship')].matchPercent")
                        .value(hasItem(org.hamcrest.Matchers.nullValue())));
        mvc.perform(get("/api/v1/placements/offers").param("type", "EDUCATIONAL").with(as("student")))
                .andExpect(jsonPath("$.items[*].type").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("EDUCATIONAL"))));
        mvc.perform(get("/api/v1/placements/offers").param("remote", "true").with(as("student")))
                .andExpect(jsonPath("$.items[*].remote").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(true))));
    }

    private String apply(OfferView offer, String login) throws Exception {
        String body = mvc.perform(multipart("/api/v1/placements/offers/{id}/applications", offer.id())
                        .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", PlacementFixtures.PDF))
                        .param("motivation", "Хочу").with(as(login)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.id");
    }

    private org.springframework.test.web.servlet.ResultActions decide(String application) throws Exception {
        return mvc.perform(post("/api/v1/placements/applications/{id}/decision", application).with(as("company"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"ACCEPT\"}"));
    }

    private long applicationsTo(OfferView offer) {
        return jdbc.sql("SELECT count(*) FROM placements.application WHERE offer_id = ?").param(offer.id()).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM placements." + table).query(Long.class).single();
    }

    static byte[] docx() throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
        }
        return bytes.toByteArray();
    }
}
