package kz.edufusion.academy.domain;

import java.time.LocalDate;
import java.util.List;

/** A person's academy calendar: as a learner (their cohorts and live sessions) and as an owner (their courses' ones). */
public record CalendarPage(List<CalendarCohort> learning, List<SessionView> learningSessions, List<CalendarCohort> teaching,
        List<SessionView> teachingSessions, List<SemesterView> semesters, LocalDate today) {

    /** The semester a date falls in, for labelling cohorts without one. */
    public SemesterView semesterOf(LocalDate day) {
        return semesters.stream().filter(s -> s.contains(day)).findFirst().orElse(null);
    }

    public SemesterView semester(java.util.UUID id) {
        return id == null ? null : semesters.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
