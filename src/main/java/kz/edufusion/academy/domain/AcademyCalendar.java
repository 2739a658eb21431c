package kz.edufusion.academy.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The semester calendar: academic semesters (data the platform administrator corrects), cohorts placed in them, and
 * the live sessions of blended cohorts, which their owner schedules. A learner's calendar shows the cohorts they are
 * in or wait for and the sessions of those where they hold a seat; it downloads as iCalendar (RFC 5545).
 */
@Service
@Transactional
public class AcademyCalendar {

    private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final DeliveryStore store;
    private final Delivery delivery;

    AcademyCalendar(DeliveryStore store, Delivery delivery) {
        this.store = store;
        this.delivery = delivery;
    }

    @Transactional(readOnly = true)
    public List<SemesterView> semesters() {
        return store.semesters();
    }

    /** Corrects a semester's name and dates; the platform administrator only (403 for anyone else). */
    public SemesterView updateSemester(CurrentUser user, UUID semesterId, SemesterInput input) {
        if (user == null || !user.has(Role.PLATFORM_ADMIN)) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "forbidden", "academy.delivery.problem.notAdmin");
        }
        store.semester(semesterId).orElseThrow(Ownership::hidden);
        AcademyInputRejected.throwIfAny(input.problems());
        store.updateSemester(semesterId, input);
        return store.semester(semesterId).orElseThrow();
    }

    /** Schedules a live session of a cohort of the user's course, at a local (Almaty) date and time. */
    public SessionView addSession(CurrentUser user, UUID cohortId, SessionInput input) {
        CohortDetail detail = delivery.cohort(user, cohortId);
        if (!detail.blended()) {
            throw DomainProblem.conflict("academy.delivery.problem.notBlended");
        }
        CohortView cohort = detail.cohort();
        AcademyInputRejected.throwIfAny(input.problems());
        UUID id = UUID.randomUUID();
        Instant startsAt = LocalDateTime.of(input.date(), input.time()).atZone(PlatformTime.ZONE).toInstant();
        store.insertSession(id, cohort.id(), input.title().strip(), startsAt, input.minutes(), SessionInput.blankToNull(input.onlineUrl()),
                SessionInput.blankToNull(input.place()));
        return store.session(id).orElseThrow();
    }

    public SessionView deleteSession(CurrentUser user, UUID sessionId) {
        SessionView session = store.session(sessionId).orElseThrow(Ownership::hidden);
        delivery.ownedCohort(user, session.cohortId());
        store.deleteSession(sessionId);
        return session;
    }

    @Transactional(readOnly = true)
    public CalendarPage of(CurrentUser user) {
        return new CalendarPage(store.cohortsOf(user.personId()), store.sessionsOf(user.personId()),
                store.cohortsOwnedBy(user.personId()), store.sessionsOwnedBy(user.personId()), store.semesters(), Delivery.today());
    }

    /** The learner's live sessions as an iCalendar file, titles in their language. */
    @Transactional(readOnly = true)
    public String ics(CurrentUser user, Locale locale) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//EduFusion//Academy//EN\r\nCALSCALE:GREGORIAN\r\n"
                + "METHOD:PUBLISH\r\n");
        String stamp = ICS_TIME.format(Instant.now());
        for (SessionView s : store.sessionsOf(user.personId())) {
            ics.append("BEGIN:VEVENT\r\n");
            line(ics, "UID:" + s.id() + "@academy.edufusion.kz");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART:" + ICS_TIME.format(s.startsAt()));
            line(ics, "DTEND:" + ICS_TIME.format(s.endsAt()));
            line(ics, "SUMMARY:" + text(s.title() + " (" + s.courseTitle().in(locale) + ", " + s.cohortName() + ")"));
            if (s.place() != null) {
                line(ics, "LOCATION:" + text(s.place()));
            }
            if (s.onlineUrl() != null) {
                line(ics, "URL:" + s.onlineUrl());
                line(ics, "DESCRIPTION:" + text(s.onlineUrl()));
            }
            ics.append("END:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString();
    }

    /** RFC 5545 text: backslash, semicolon, comma and newlines escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
    }

    /** A content line folded at 75 octets (continuations start with a space), as RFC 5545 asks. */
    static void line(StringBuilder ics, String content) {
        int limit = 75;
        StringBuilder out = new StringBuilder();
        int i = 0;
        int octets = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append(out).append("\r\n");
    }
}
