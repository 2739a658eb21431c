package kz.edufusion.placements.supervision;

/** What one run of the daily reminders sent: late-diary reminders to students, digests to mentors. */
public record ReminderRun(int studentsReminded, int mentorsDigested) {
}
