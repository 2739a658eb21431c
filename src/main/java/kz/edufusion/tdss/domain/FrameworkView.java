package kz.edufusion.tdss.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A framework with its levels (in rank order), areas and competences (in file order). */
public record FrameworkView(UUID id, String code, LocalizedText title, LocalizedText description, List<ItemView> levels,
        List<ItemView> areas, List<ItemView> competences) {

    public List<ItemView> competencesOf(String areaCode) {
        return competences.stream().filter(c -> areaCode.equals(c.parentCode())).toList();
    }

    public ItemView level(int rank) {
        return levels.stream().filter(l -> l.rank() == rank).findFirst().orElse(null);
    }

    public ItemView levelByCode(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }
}
