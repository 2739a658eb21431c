package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.placements.SupervisionFixtures.Supervised;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may read and do what in supervision: the student only their own diary, the mentor and tutor only their own
 * students', a tutor never approves, a student never approves their own entries; guessed ids answer 404.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SupervisionAuthorizationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    SupervisionFixtures fixtures;
    Supervised mine;
    Supervised other;
    UUID entry;
    UUID attachment;

    @BeforeEach
    void twoPlacements() throws Exception {
        fixtures = SupervisionFixtures.of(context);
        mine = fixtures.active(10, 30);
        other = fixtures.active(10, 30);
        entry = log(mine, LocalDate.now(kz.edufusion.common.web.PlatformTime.ZONE).minusDays(1));
        attachment = jdbc.sql("SELECT id FROM placements.diary_attachment WHERE entry_id = ?").param(entry).query(UUID.class).single();
    }

    @Test
    void aStudentSeesOnlyTheirOwnDiary() throws Exception {
        mvc.perform(get("/api/v1/placements/placements/{id}/diary", mine.placement()).with(asEmail(mine.student())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.entries[0].id").value(entry.toString()))
                .andExpect(jsonPath("$.canWrite").value(true)).andExpect(jsonPath("$.canDecide").value(false));
        mvc.perform(get("/api/v1/placements/placements/{id}/diary", mine.placement()).with(asEmail(other.student())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/placements/placement/{id}/diary", mine.placement()).with(asEmail(other.student())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/placements/diary/attachments/{id}", attachment).with(asEmail(other.student())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/placements/diary/attachments/{id}", attachment).with(asEmail(mine.mentor())))
                .andExpect(status().isOk());
        mvc.perform(get("/placements/placement/{id}/diary", UUID.randomUUID()).with(asEmail(mine.student())))
                .andExpect(status().isNotFound());
        entry(other, "2020-01-01").andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/placements/placements/{id}/diary", mine.placement())
                        .param("date", LocalDate.now(kz.edufusion.common.web.PlatformTime.ZONE).toString()).param("hours", "8")
                        .param("workDone", "Чужая запись").with(asEmail(other.student())))
                .andExpect(status().isNotFound());
        comment(entry, other.student()).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM placements.diary_entry WHERE placement_id = ?").param(mine.placement())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheirOwnMentorSeesAndDecides() throws Exception {
        String otherCompanysMentor = fixtures.people().twinEmail("mentor2", "Чужой наставник");
        String sameCompanyOtherMentor = fixtures.people().twinEmail("mentor", "Другой наставник");
        for (String outsider : new String[] {otherCompanysMentor, sameCompanyOtherMentor, other.mentor()}) {
            mvc.perform(get("/api/v1/placements/placements/{id}/diary", mine.placement()).with(asEmail(outsider)))
                    .andExpect(status().isNotFound());
            approve(outsider, entry).andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/placements/diary-entries/{id}/return", entry).with(asEmail(outsider))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Нет\"}")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/placements/supervision").with(asEmail(other.mentor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pending.length()").value(0));
        assertThat(entryStatus(entry)).isEqualTo("SUBMITTED");
        mvc.perform(get("/api/v1/placements/supervision").with(asEmail(mine.mentor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pending[0].entry.id").value(entry.toString()));
        approve(mine.mentor(), entry).andExpect(status().isOk()).andExpect(jsonPath("$.approved").value(1));
        assertThat(entryStatus(entry)).isEqualTo("APPROVED");
    }

    @Test
    void aTutorReadsAndCommentsButNeverApproves() throws Exception {
        mvc.perform(get("/placements/placement/{id}/diary", mine.placement()).with(asEmail(mine.tutor())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/placements/placements/{id}/diary", mine.placement()).with(asEmail(mine.tutor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.canWrite").value(false))
                .andExpect(jsonPath("$.canDecide").value(false)).andExpect(jsonPath("$.canComment").value(true));
        comment(entry, mine.tutor()).andExpect(status().isNoContent());
        approve(mine.tutor(), entry).andExpect(status().isNotFound());
        mvc.perform(post("/placements/supervision/approve").param("only", entry.toString()).with(asEmail(mine.tutor())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/placements/placements/{id}/diary", mine.placement()).with(asEmail(other.tutor())))
                .andExpect(status().isNotFound());
        entry(mine, LocalDate.now(kz.edufusion.common.web.PlatformTime.ZONE).toString(), mine.tutor()).andExpect(status().isNotFound());
        assertThat(entryStatus(entry)).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("SELECT author_party FROM placements.diary_comment WHERE entry_id = ?").param(entry)
                .query(String.class).list()).containsExactly("TUTOR");
    }

    @Test
    void aStudentNeverApprovesTheirOwnEntries() throws Exception {
        approve(mine.student(), entry).andExpect(status().isNotFound());
        mvc.perform(get("/placements/supervision").with(asEmail(mine.student()))).andExpect(status().isForbidden());
        mvc.perform(post("/placements/supervision/approve").param("only", entry.toString()).with(asEmail(mine.student())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(entryStatus(entry)).isEqualTo("SUBMITTED");
    }

    @Test
    void thePlanIsEditedByTutorMentorAndCoordinatorAndReadByTheStudent() throws Exception {
        String body = "{\"title\":\"Настроить отчёт\",\"outcomeCodes\":[\"LO1\"],\"skillUris\":[]}";
        for (RequestPostProcessor editor : new RequestPostProcessor[] {asEmail(mine.tutor()), asEmail(mine.mentor()), as("coordinator")}) {
            mvc.perform(post("/api/v1/placements/placements/{id}/plan/assignments", mine.placement()).with(editor)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        }
        for (RequestPostProcessor reader : new RequestPostProcessor[] {asEmail(mine.student()), as("company")}) {
            mvc.perform(post("/api/v1/placements/placements/{id}/plan/assignments", mine.placement()).with(reader)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());
        }
        for (RequestPostProcessor outsider : new RequestPostProcessor[] {asEmail(other.tutor()), asEmail(other.mentor()),
                as("coordinator2"), asEmail(other.student())}) {
            mvc.perform(get("/api/v1/placements/placements/{id}/plan", mine.placement()).with(outsider))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/placements/placements/{id}/plan/assignments", mine.placement()).with(outsider)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/placements/placements/{id}/plan", mine.placement()).with(asEmail(mine.student())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.editable").value(false))
                .andExpect(jsonPath("$.assignments.length()").value(3))
                .andExpect(jsonPath("$.assignments[0].outcomes[0].code").value("LO1"))
                .andExpect(jsonPath("$.programOutcomes[0].code").value("LO1"));
        mvc.perform(post("/api/v1/placements/placements/{id}/plan/assignments", mine.placement()).with(asEmail(mine.tutor()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"X\",\"outcomeCodes\":[\"LO99\"],\"skillUris\":[\"http://example.org/nothing\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'outcomeCodes')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'skillUris')]").exists());
    }

    private UUID log(Supervised s, LocalDate day) throws Exception {
        String location = mvc.perform(multipart("/api/v1/placements/placements/{id}/diary", s.placement())
                        .file(new MockMultipartFile("files", "report.pdf", "application/pdf", PlacementFixtures.PDF))
                        .param("date", day.toString()).param("hours", "7.5").param("workDone", "Разобрал заявки абонентов")
                        .with(asEmail(s.student())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(location.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
    }

    private ResultActions entry(Supervised s, String day) throws Exception {
        return entry(s, day, mine.student());
    }

    private ResultActions entry(Supervised s, String day, String as) throws Exception {
        return mvc.perform(multipart("/api/v1/placements/placements/{id}/diary", s.placement()).param("date", day)
                .param("hours", "8").param("workDone", "Работа").with(asEmail(as)));
    }

    private ResultActions approve(String who, UUID... ids) throws Exception {
        StringBuilder json = new StringBuilder("{\"entryIds\":[");
        for (int i = 0; i < ids.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(ids[i]).append('"');
        }
        return mvc.perform(post("/api/v1/placements/diary-entries/approve").with(asEmail(who))
                .contentType(MediaType.APPLICATION_JSON).content(json.append("]}").toString()));
    }

    private ResultActions comment(UUID id, String who) throws Exception {
        return mvc.perform(post("/api/v1/placements/diary-entries/{id}/comments", id).with(asEmail(who))
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Уточните, пожалуйста\"}"));
    }

    private String entryStatus(UUID id) {
        return jdbc.sql("SELECT status FROM placements.diary_entry WHERE id = ?").param(id).query(String.class).single();
    }
}
