package kz.edufusion.skills.domain;

/** The file breaks CSV quoting, so nothing after this point can be trusted; the whole dataset fails. */
final class CsvFormatException extends RuntimeException {

    CsvFormatException(long line, String reason) {
        super("line " + line + ": " + reason);
    }
}
