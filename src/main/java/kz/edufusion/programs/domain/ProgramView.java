package kz.edufusion.programs.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;

/** A program's own record (without outcomes and disciplines), as pages, the API and exports show it. */
public record ProgramView(UUID id, UUID universityId, String code, ProgramLevel level, int nqfLevel, String fieldCode,
        String areaCode, String groupCode, LocalizedText title, String degree, Integer credits, List<String> languages,
        ProgramType type, String accreditationAgency, LocalDate accreditedUntil, String atlasProfession,
        String regionCode, int version) {

    public ProgramView {
        languages = List.copyOf(languages);
    }

    /** An accreditation that ran out is kept (the Register keeps it too) and shown as expired. */
    public boolean accreditationExpired(LocalDate today) {
        return accreditedUntil != null && accreditedUntil.isBefore(today);
    }

    public ProgramDraft draft() {
        return new ProgramDraft(code, level, title.kk(), title.ru(), title.en(), groupCode, degree, credits, languages,
                type, accreditationAgency, accreditedUntil, regionCode, atlasProfession);
    }
}
