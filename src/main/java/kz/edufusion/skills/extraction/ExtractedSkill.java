package kz.edufusion.skills.extraction;

import java.util.List;

/** A skill found in a text: score in 0..1, where it was written and why it was taken. */
public record ExtractedSkill(String uri, String label, double score, List<Span> spans, String explanation) {

    public ExtractedSkill {
        spans = List.copyOf(spans);
    }
}
