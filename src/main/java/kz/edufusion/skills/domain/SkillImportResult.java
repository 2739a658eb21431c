package kz.edufusion.skills.domain;

import java.util.List;

/** What importing one skill file did; {@code rows} are accepted rows, {@code changed} the writes really made. */
record SkillImportResult(String dataset, Status status, int rows, int changed, List<Rejection> rejected, String error,
        long millis) {

    enum Status { IMPORTED, UNCHANGED, NOT_PROVIDED, FAILED }

    /** A row that was left out, by the line on which it starts in the file. */
    record Rejection(long line, String reason) {

        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    static SkillImportResult unchanged(String dataset, long millis) {
        return new SkillImportResult(dataset, Status.UNCHANGED, 0, 0, List.of(), null, millis);
    }

    static SkillImportResult notProvided(String dataset) {
        return new SkillImportResult(dataset, Status.NOT_PROVIDED, 0, 0, List.of(), null, 0);
    }

    static SkillImportResult failed(String dataset, String error, long millis) {
        return new SkillImportResult(dataset, Status.FAILED, 0, 0, List.of(), error, millis);
    }

    boolean failed() {
        return status == Status.FAILED;
    }
}
