package kz.edufusion.common.csv;

/** Thrown while converting a row that cannot be imported; the importer records it and keeps going. */
public final class RejectedRow extends RuntimeException {

    public RejectedRow(String reason) {
        // no stack trace: a rejection is an expected outcome, and a bad file can have thousands of them
        super(reason, null, false, false);
    }
}
