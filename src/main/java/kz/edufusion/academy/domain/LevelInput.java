package kz.edufusion.academy.domain;

import kz.edufusion.common.LocalizedText;

/** One level of a rubric criterion: its label, the points it is worth and what work at this level looks like. */
public record LevelInput(LocalizedText label, Integer points, LocalizedText description) {

    public LevelInput {
        label = Texts.stripped(label);
        description = Texts.stripped(description);
    }

    boolean blank() {
        return Texts.empty(label) && points == null && Texts.empty(description);
    }
}
