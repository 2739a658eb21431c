package kz.edufusion.placements.supervision;

/**
 * A diary entry as the student's form or the API sends it, as typed: the day (yyyy-mm-dd), the hours (up to one
 * decimal, "7.5" or "7,5"), the work done and, optionally, the id of the plan assignment it served.
 */
public record EntryCommand(String date, String hours, String workDone, String assignmentId) {
}
