package kz.edufusion.skills.extraction;

/** Character offsets (start inclusive, end exclusive) in the text the caller passed (HTML included). */
public record Span(int start, int end) {
}
