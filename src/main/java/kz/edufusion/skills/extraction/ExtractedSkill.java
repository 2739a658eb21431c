package kz.edufusion.skills.extraction;

import java.util.List;

/**
 * A skill found in a text: score in 0..1, where it was written, whether an employer tag named it, and why it was
 * taken. No spans and {@code tagged} means the employer's tags alone named it.
 */
public record ExtractedSkill(String uri, String label, double score, List<Span> spans, boolean tagged,
        String explanation) {

    public ExtractedSkill {
        spans = List.copyOf(spans);
    }
}
