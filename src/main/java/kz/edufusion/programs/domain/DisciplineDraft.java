package kz.edufusion.programs.domain;

import java.util.List;

/** A discipline as entered: code, titles, cycle (GED/BD/PD), component (CORE/ELECTIVE), credits, outcomes served. */
public record DisciplineDraft(String code, String titleKk, String titleRu, String titleEn, DisciplineCycle cycle,
        DisciplineComponent component, Integer credits, List<String> outcomeCodes) {

    public DisciplineDraft {
        code = Texts.clean(code);
        titleKk = Texts.clean(titleKk);
        titleRu = Texts.clean(titleRu);
        titleEn = Texts.clean(titleEn);
        outcomeCodes = outcomeCodes == null ? List.of()
                : outcomeCodes.stream().map(Texts::clean).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
