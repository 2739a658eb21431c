package kz.edufusion.reference.domain;

import java.util.List;

/** What importing one dataset did; {@code rows} are accepted rows, {@code changed} those really written. */
record DatasetResult(String dataset, Status status, int rows, int changed, List<Rejection> rejected, String error,
        long millis) {

    enum Status { IMPORTED, UNCHANGED, NOT_PROVIDED, FAILED }

    /** A row that was left out, by the line on which it starts in the file. */
    record Rejection(long line, String reason) {
    }

    static DatasetResult unchanged(String dataset, long millis) {
        return new DatasetResult(dataset, Status.UNCHANGED, 0, 0, List.of(), null, millis);
    }

    static DatasetResult notProvided(String dataset) {
        return new DatasetResult(dataset, Status.NOT_PROVIDED, 0, 0, List.of(), null, 0);
    }

    static DatasetResult failed(String dataset, String error, long millis) {
        return new DatasetResult(dataset, Status.FAILED, 0, 0, List.of(), error, millis);
    }

    boolean failed() {
        return status == Status.FAILED;
    }
}
