package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.placements.SupervisionFixtures.Supervised;
import kz.edufusion.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad diary input is refused field by field, from the API and the page, and nothing of it is written. */
@IntegrationTest
@AutoConfigureMockMvc
class DiaryInputTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    MessageSource messages;

    SupervisionFixtures fixtures;
    Supervised s;
    LocalDate today;

    @BeforeEach
    void placed() {
        fixtures = SupervisionFixtures.of(context);
        s = fixtures.active(5, 20);
        today = LocalDate.now(PlatformTime.ZONE);
    }

    @Test
    void daysOutsideThePlacementOrInTheFutureAreRefused() throws Exception {
        refused(log(s.startsOn().minusDays(1).toString(), "8"), "date", "dateOutside");
        refused(log(s.endsOn().plusDays(1).toString(), "8"), "date", "dateOutside");
        refused(log(today.plusDays(1).toString(), "8"), "date", "dateFuture");
        refused(log("вчера", "8"), "date", "date");
        assertNothingWritten();
    }

    @Test
    void hoursAreMoreThanZeroAndAtMostTwelve() throws Exception {
        refused(log(today.toString(), "0"), "hours", "hours");
        refused(log(today.toString(), "13"), "hours", "hours");
        refused(log(today.toString(), "-2"), "hours", "hours");
        refused(log(today.toString(), "7.25"), "hours", "hours");
        refused(log(today.toString(), "восемь"), "hours", "number");
        assertNothingWritten();
        log(today.toString(), "12").andExpect(status().isCreated());
        refused(log(today.toString(), "4,5"), "date", "dateTaken");
    }

    @Test
    void filesAreCheckedByContentSizeAndCount() throws Exception {
        byte[] large = Arrays.copyOf(PlacementFixtures.PDF, 5 * 1024 * 1024 + 1);
        refused(log(today.toString(), "8", new MockMultipartFile("files", "big.pdf", "application/pdf", large)), "files", "fileTooLarge");
        MockMultipartFile disguised = new MockMultipartFile("files", "photo.png", "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        refused(log(today.toString(), "8", new MockMultipartFile("files", "ok.pdf", "application/pdf", PlacementFixtures.PDF),
                disguised), "files", "fileType");
        MockMultipartFile png = new MockMultipartFile("files", "a.png", "image/png", PNG);
        refused(log(today.toString(), "8", png, png, png, png), "files", "tooManyFiles");
        assertNothingWritten();
        log(today.toString(), "8", png, new MockMultipartFile("files", "b.pdf", "application/pdf", PlacementFixtures.PDF))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT content_type FROM placements.diary_attachment a JOIN placements.diary_entry e ON e.id = a.entry_id "
                + "WHERE e.placement_id = ? ORDER BY content_type").param(s.placement()).query(String.class).list())
                .containsExactly("application/pdf", "image/png");
    }

    @Test
    void thePageShowsEachProblemNextToItsField() throws Exception {
        mvc.perform(multipart("/placements/placement/{id}/diary", s.placement())
                        .file(new MockMultipartFile("files", "cv.docx", "application/octet-stream", "not a docx".getBytes(StandardCharsets.UTF_8)))
                        .param("date", today.plusDays(2).toString()).param("hours", "13").param("workDone", " ")
                        .param("lang", "ru").with(asEmail(s.student())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Будущий день записать пока нельзя.")))
                .andExpect(content().string(Matchers.containsString("Часов должно быть больше 0 и не больше 12")))
                .andExpect(content().string(Matchers.containsString("Вложение не PDF, PNG, JPEG или DOCX")))
                .andExpect(content().string(Matchers.containsString("data-error=\"workDone\"")));
        assertNothingWritten();
    }

    @Test
    void nothingIsLoggedBeforeThePlacementIsActive() throws Exception {
        Supervised waiting = fixtures.placed(5, 20, fixtures.people().twinEmail("mentor", "Н"), fixtures.people().twinEmail("tutor", "Р"));
        mvc.perform(multipart("/api/v1/placements/placements/{id}/diary", waiting.placement()).param("date", today.toString())
                        .param("hours", "8").param("workDone", "Работа").with(asEmail(waiting.student())))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT count(*) FROM placements.diary_entry WHERE placement_id = ?").param(waiting.placement())
                .query(Long.class).single()).isZero();
    }

    private ResultActions log(String date, String hours, MockMultipartFile... files) throws Exception {
        var request = multipart("/api/v1/placements/placements/{id}/diary", s.placement());
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request.param("date", date).param("hours", hours).param("workDone", "Настроил выгрузку")
                .header("Accept-Language", "en").with(asEmail(s.student())));
    }

    private void refused(ResultActions result, String field, String key) throws Exception {
        String message = messages.getMessage("placements.supervision.validation." + key, null, Locale.ENGLISH);
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message", Matchers.hasItem(Matchers.containsString(message))));
    }

    private void assertNothingWritten() {
        assertThat(jdbc.sql("SELECT count(*) FROM placements.diary_entry WHERE placement_id = ?").param(s.placement())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM placements.diary_attachment a JOIN placements.diary_entry e ON e.id = a.entry_id "
                + "WHERE e.placement_id = ?").param(s.placement()).query(Long.class).single()).isZero();
    }
}
