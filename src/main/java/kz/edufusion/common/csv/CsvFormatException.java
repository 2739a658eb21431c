package kz.edufusion.common.csv;

/** The file breaks CSV quoting, so nothing after this point can be trusted; the whole dataset fails. */
public final class CsvFormatException extends RuntimeException {

    public CsvFormatException(long line, String reason) {
        super("line " + line + ": " + reason);
    }
}
