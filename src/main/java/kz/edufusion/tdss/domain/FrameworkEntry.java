package kz.edufusion.tdss.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/**
 * One item of a framework as a file states it. {@code where} names the row or item for the import report; the id
 * is the CASE identifier (derived from the codes when a CSV file gives none, so every install agrees on it).
 */
public record FrameworkEntry(String where, String framework, UUID id, String code, String parentCode, ItemType type,
        LocalizedText title, LocalizedText description) {

    public static UUID stableId(String framework, String code) {
        return UUID.nameUUIDFromBytes(("edufusion-tdss:" + framework + ":" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
