package kz.edufusion.reference;

import kz.edufusion.common.LocalizedText;

/**
 * A kind of economic activity of OKED (which follows NACE Rev.2): a section (level 1, letters A-U) or a
 * division (level 2, two digits) with its section as parent.
 */
public record EconomicActivity(String code, int level, String parentCode, LocalizedText name) {
}
