package kz.edufusion.programs;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A discipline of some program with the skills confirmed for it (directly or through the outcomes it serves). */
public record CatalogDiscipline(UUID programId, String programCode, UUID universityId, String code, LocalizedText title,
        int credits, List<String> skillUris) {

    public CatalogDiscipline {
        skillUris = List.copyOf(skillUris);
    }
}
