package kz.edufusion.programs;

import java.util.List;

/** A skill a program teaches: its highest confirmed level and the codes of the disciplines that develop it. */
public record TaughtSkill(String skillUri, SkillLevel level, List<String> disciplineCodes) {

    public TaughtSkill {
        disciplineCodes = List.copyOf(disciplineCodes);
    }
}
