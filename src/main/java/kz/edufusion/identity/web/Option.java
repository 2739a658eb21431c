package kz.edufusion.identity.web;

/** One choice of a select box: the submitted value and the label already in the reader's language. */
public record Option(String value, String label) {
}
