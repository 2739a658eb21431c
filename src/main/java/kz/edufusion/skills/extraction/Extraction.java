package kz.edufusion.skills.extraction;

import java.util.List;

/** The skills found in one text, best score first. */
public record Extraction(List<ExtractedSkill> skills) {

    public Extraction {
        skills = List.copyOf(skills);
    }
}
