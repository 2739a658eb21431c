package kz.edufusion.skills.extraction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Text with its HTML markup taken out, remembering for each remaining character where it came from, so
 * that spans found in the plain text can be given back in the caller's original text. Block-level tags
 * become line breaks (the sectioner reads lines); character entities are decoded; script and style
 * contents are dropped. Plain text without markup passes through unchanged.
 */
final class HtmlText {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "br", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "table", "section", "header", "footer", "hr", "blockquote", "pre", "dd", "dt");

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private HtmlText(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    static HtmlText of(String original) {
        if (original.indexOf('<') < 0 && original.indexOf('&') < 0) {
            return new HtmlText(original, null, null);
        }
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length()];
        int[] ends = new int[original.length()];
        int i = 0;
        int n = original.length();
        while (i < n) {
            char c = original.charAt(i);
            if (c == '<') {
                int close = original.indexOf('>', i + 1);
                if (close < 0 || !looksLikeTag(original, i + 1)) {
                    i = append(out, starts, ends, c, i, i + 1);
                    continue;
                }
                String name = tagName(original, i + 1, close);
                if (name.equals("script") || name.equals("style")) {
                    int end = original.toLowerCase(Locale.ROOT).indexOf("</" + name, close);
                    close = end < 0 ? n - 1 : Math.max(close, original.indexOf('>', end));
                    if (close < 0) {
                        close = n - 1;
                    }
                }
                if (BLOCK_TAGS.contains(name)) {
                    append(out, starts, ends, '\n', i, close + 1);
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = original.indexOf(';', i + 1);
                int decoded = semi > 0 && semi - i <= 10 ? decode(original.substring(i + 1, semi)) : -1;
                if (decoded < 0) {
                    i = append(out, starts, ends, c, i, i + 1);
                } else {
                    i = append(out, starts, ends, decoded > 0xFFFF ? ' ' : (char) decoded, i, semi + 1);
                }
            } else {
                i = append(out, starts, ends, c, i, i + 1);
            }
        }
        int length = out.length();
        return new HtmlText(out.toString(), Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
    }

    private static int append(StringBuilder out, int[] starts, int[] ends, char c, int from, int to) {
        starts[out.length()] = from;
        ends[out.length()] = to;
        out.append(c);
        return to;
    }

    private static boolean looksLikeTag(String s, int at) {
        if (at >= s.length()) {
            return false;
        }
        char c = s.charAt(at);
        return Character.isLetter(c) || c == '/' || c == '!';
    }

    private static String tagName(String s, int from, int to) {
        int i = from;
        if (i < to && s.charAt(i) == '/') {
            i++;
        }
        int start = i;
        while (i < to && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static int decode(String entity) {
        switch (entity) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            case "nbsp": return ' ';
            case "laquo": return '«';
            case "raquo": return '»';
            case "mdash": return '—';
            case "ndash": return '–';
            case "bull": return '•';
            default:
        }
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return Integer.parseInt(entity.substring(2), 16);
            }
            if (entity.startsWith("#")) {
                return Integer.parseInt(entity.substring(1));
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    String text() {
        return text;
    }

    /** The span in the original text covering plain-text characters from start (inclusive) to end (exclusive). */
    Span original(int start, int end) {
        if (starts == null) {
            return new Span(start, end);
        }
        return new Span(starts[start], ends[end - 1]);
    }
}
