package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.SupervisionFixtures.Supervised;
import kz.edufusion.placements.supervision.EntryCommand;
import kz.edufusion.placements.supervision.MentorApprovals;
import kz.edufusion.placements.supervision.TraineeDiary;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The mentor approves all pending entries of all mentees in one go; one foreign id in the batch approves nothing. */
@IntegrationTest
@AutoConfigureMockMvc
class MentorApprovalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    TraineeDiary diary;
    @Autowired
    MentorApprovals approvals;

    SupervisionFixtures fixtures;
    TestPeople people;
    String mentor;
    Supervised first;
    Supervised second;
    Supervised foreign;
    List<UUID> mine = new ArrayList<>();
    UUID foreignEntry;

    @BeforeEach
    void twoMenteesAndAStranger() {
        fixtures = SupervisionFixtures.of(context);
        people = fixtures.people();
        mentor = people.twinEmail("mentor", "Асель Наставник");
        String tutor = people.twinEmail("tutor", "Гульнара Руководитель");
        first = fixtures.active(10, 30, mentor, tutor);
        second = fixtures.active(10, 30, mentor, tutor);
        foreign = fixtures.active(10, 30);
        for (int day = 1; day <= 3; day++) {
            mine.add(log(first, day));
            mine.add(log(second, day));
        }
        foreignEntry = log(foreign, 1);
    }

    @Test
    void allPendingEntriesAreApprovedInOneGo() throws Exception {
        assertThat(approvals.page(people.user(mentor)).pending()).extracting(p -> p.entry().id()).containsExactlyInAnyOrderElementsOf(mine);
        List<LocalDate> days = approvals.page(people.user(mentor)).pending().stream().map(p -> p.entry().date()).toList();
        assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        var request = post("/placements/supervision/approve").param("action", "all").with(asEmail(mentor)).with(csrf());
        for (UUID id : mine) {
            request.param("shown", id.toString());
        }
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/placements/supervision"));
        assertThat(statuses(mine)).containsOnly("APPROVED");
        assertThat(approvals.page(people.user(mentor)).pending()).isEmpty();
        assertThat(statuses(List.of(foreignEntry))).containsOnly("SUBMITTED");
    }

    @Test
    void selectedOnesOnly() throws Exception {
        mvc.perform(post("/placements/supervision/approve").param("action", "selected").param("entry", mine.get(0).toString())
                        .param("entry", mine.get(1).toString()).param("shown", mine.get(2).toString()).with(asEmail(mentor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statuses(mine.subList(0, 2))).containsOnly("APPROVED");
        assertThat(statuses(mine.subList(2, mine.size()))).containsOnly("SUBMITTED");
    }

    @Test
    void aForeignIdInTheBatchApprovesNothing() throws Exception {
        List<UUID> batch = new ArrayList<>(mine);
        batch.add(3, foreignEntry);
        var request = post("/placements/supervision/approve").param("action", "all").with(asEmail(mentor)).with(csrf());
        for (UUID id : batch) {
            request.param("shown", id.toString());
        }
        mvc.perform(request).andExpect(status().isNotFound());
        assertThat(statuses(batch)).containsOnly("SUBMITTED");
        List<UUID> guessed = new ArrayList<>(mine);
        guessed.add(UUID.randomUUID());
        assertThatThrownBy(() -> approvals.approve(people.user(mentor), guessed)).isInstanceOf(DomainProblem.class)
                .extracting(e -> ((DomainProblem) e).status().value()).isEqualTo(404);
        assertThat(statuses(mine)).containsOnly("SUBMITTED");
    }

    @Test
    void aReturnedEntryGoesBackToTheStudentWithTheCommentAndComesBackCorrected() throws Exception {
        UUID entry = mine.get(0);
        mvc.perform(post("/placements/supervision/entries/{id}/return", entry).param("comment", " ").with(asEmail(mentor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statuses(List.of(entry))).containsOnly("SUBMITTED");
        mvc.perform(post("/placements/supervision/entries/{id}/return", entry).param("comment", "Опишите, какие отчёты")
                .with(asEmail(mentor)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(statuses(List.of(entry))).containsOnly("RETURNED");
        assertThat(jdbc.sql("SELECT body FROM placements.diary_comment WHERE entry_id = ? AND returned").param(entry)
                .query(String.class).list()).containsExactly("Опишите, какие отчёты");
        assertThatThrownBy(() -> approvals.approve(people.user(mentor), mine)).isInstanceOf(DomainProblem.class)
                .extracting(e -> ((DomainProblem) e).status().value()).isEqualTo(409);
        assertThat(statuses(mine)).containsOnly("SUBMITTED", "RETURNED").contains("RETURNED");
        CurrentUser student = people.user(first.student());
        LocalDate day = jdbc.sql("SELECT entry_date FROM placements.diary_entry WHERE id = ?").param(entry).query(LocalDate.class).single();
        diary.edit(student, first.placement(), entry, new EntryCommand(day.toString(), "6", "Собрал три отчёта по оттоку", null),
                List.of(), List.of());
        assertThat(statuses(List.of(entry))).containsOnly("SUBMITTED");
        assertThat(approvals.approve(people.user(mentor), mine)).isEqualTo(mine.size());
        assertThatThrownBy(() -> diary.edit(student, first.placement(), entry, new EntryCommand(day.toString(), "5", "Ещё", null),
                List.of(), List.of())).isInstanceOf(DomainProblem.class)
                .extracting(e -> ((DomainProblem) e).status().value()).isEqualTo(409);
    }

    private UUID log(Supervised s, int daysAgo) {
        return diary.log(people.user(s.student()), s.placement(), new EntryCommand(
                LocalDate.now(PlatformTime.ZONE).minusDays(daysAgo).toString(), "8", "Работа дня " + daysAgo, null), List.of());
    }

    private List<String> statuses(List<UUID> ids) {
        return jdbc.sql("SELECT status FROM placements.diary_entry WHERE id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query(String.class).list();
    }
}
