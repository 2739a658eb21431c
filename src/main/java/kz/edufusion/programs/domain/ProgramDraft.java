package kz.edufusion.programs.domain;

import java.time.LocalDate;
import java.util.List;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;

/**
 * What a coordinator enters for a program (a form, an API request or an import row). {@code level} may be left
 * out (the code's prefix names it) but must agree when given; {@code regionCode} left out means the university's
 * region. Field, area and NQF level are never entered: they follow from the code.
 */
public record ProgramDraft(String code, ProgramLevel level, String titleKk, String titleRu, String titleEn,
        String groupCode, String degree, Integer credits, List<String> languages, ProgramType type,
        String accreditationAgency, LocalDate accreditedUntil, String regionCode, String atlasProfession) {

    public ProgramDraft {
        languages = languages == null ? List.of() : List.copyOf(languages);
        code = Texts.clean(code);
        titleKk = Texts.clean(titleKk);
        titleRu = Texts.clean(titleRu);
        titleEn = Texts.clean(titleEn);
        groupCode = Texts.clean(groupCode);
        degree = Texts.clean(degree);
        accreditationAgency = Texts.clean(accreditationAgency);
        regionCode = Texts.clean(regionCode);
        atlasProfession = Texts.clean(atlasProfession);
    }
}
