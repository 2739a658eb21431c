package kz.edufusion.tdss.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A stored item of a framework; {@code rank} is the level's position (1 = A1) for levels, else the item's order. */
public record ItemView(UUID id, String code, String parentCode, ItemType type, int rank, LocalizedText title,
        LocalizedText description) {
}
