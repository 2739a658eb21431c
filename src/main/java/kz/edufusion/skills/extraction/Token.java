package kz.edufusion.skills.extraction;

/**
 * A word of the plain text: its offsets in that text, the text as written, the normalized form, the
 * stem used for matching, the guessed language and whether it looks like code (C#, .NET, CI/CD, 1С).
 */
record Token(int start, int end, String surface, String normalized, String stem, Language language, boolean codeLike) {
}
