package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.notifications.NotificationsOutbox;
import kz.edufusion.notifications.OutboxEntry;
import kz.edufusion.placements.SupervisionFixtures.Supervised;
import kz.edufusion.placements.supervision.DiaryReminders;
import kz.edufusion.placements.supervision.EntryCommand;
import kz.edufusion.placements.supervision.TraineeDiary;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily reminders, run directly with a fixed clock (jobs are off in tests): the late student gets exactly one
 * e-mail in their language, the on-time one none, a second run the same day none; the mentor one digest.
 */
@IntegrationTest
class DiaryRemindersTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    TraineeDiary diary;
    @Autowired
    DiaryReminders reminders;
    @Autowired
    NotificationsOutbox outbox;

    @Test
    void lateStudentsAndWaitingMentorsAreRemindedOnceADay() {
        SupervisionFixtures fixtures = SupervisionFixtures.of(context);
        TestPeople people = fixtures.people();
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        Supervised late = fixtures.active(14, 30);
        Supervised onTime = fixtures.active(14, 30);
        diary.log(people.user(late.student()), late.placement(), new EntryCommand(today.minusDays(13).toString(), "8", "Начало", null),
                List.of());
        diary.log(people.user(onTime.student()), onTime.placement(), new EntryCommand(today.toString(), "8", "Сегодня", null),
                List.of());
        jdbc.sql("UPDATE placements.diary_entry SET submitted_at = now() - interval '4 days' WHERE placement_id = ?")
                .param(late.placement()).update();
        // Languages set here, not inherited from the demo twins: other tests may change a demo login's language.
        speaks(late.student(), "kk");
        speaks(late.mentor(), "ru");
        Clock noon = Clock.fixed(today.atTime(12, 0).atZone(PlatformTime.ZONE).toInstant(), ZoneOffset.UTC);

        reminders.run(noon);
        reminders.run(noon);

        List<OutboxEntry> toLate = mails(late.student());
        assertThat(toLate).hasSize(1);
        assertThat(toLate.get(0).subject()).isEqualTo("Практика күнделігіңіз жазбаларды күтуде");
        assertThat(toLate.get(0).body()).contains(today.minusDays(13).toString()).contains("/placements/placement/" + late.placement() + "/diary");
        assertThat(mails(onTime.student())).isEmpty();
        List<OutboxEntry> digest = mails(late.mentor());
        assertThat(digest).hasSize(1);
        assertThat(digest.get(0).subject()).isEqualTo("Записи дневников ждут вас: 1");
        assertThat(mails(onTime.mentor())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM placements.supervision_reminder WHERE placement_id = ? AND sent_on = ?")
                .params(late.placement(), today).query(Long.class).single()).isEqualTo(1);

        reminders.run(Clock.offset(noon, java.time.Duration.ofDays(1)));
        assertThat(mails(late.student())).hasSize(2);
    }

    private void speaks(String email, String language) {
        jdbc.sql("UPDATE identity.person SET preferred_language = ? WHERE email = ?").params(language, email).update();
    }

    private List<OutboxEntry> mails(String to) {
        return outbox.search(to, "", new PageQuery(0, 20)).items();
    }
}
