package kz.edufusion.common.csv;

/** A dataset cannot be imported at all (unreadable file, wrong header); nothing of it is written. */
public final class ImportFailure extends RuntimeException {

    public ImportFailure(String message) {
        super(message);
    }
}
