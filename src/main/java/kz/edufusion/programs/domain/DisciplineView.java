package kz.edufusion.programs.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A discipline of a program with the codes of the outcomes it serves. */
public record DisciplineView(UUID id, String code, int position, LocalizedText title, DisciplineCycle cycle,
        DisciplineComponent component, int credits, List<String> outcomeCodes) {

    public DisciplineView {
        outcomeCodes = List.copyOf(outcomeCodes);
    }
}
