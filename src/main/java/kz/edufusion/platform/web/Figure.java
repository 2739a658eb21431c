package kz.edufusion.platform.web;

/** One number on a home page: a message key for its label, the value counted in the database, and where it leads. */
public record Figure(String labelKey, long value, String link) {
}
