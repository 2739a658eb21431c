package kz.edufusion.reference;

import kz.edufusion.common.LocalizedText;

/**
 * A first-level administrative unit of Kazakhstan: one of 17 regions (oblys) or 3 cities of republican
 * significance. {@code code} is the ISO 3166-2:KZ code (e.g. {@code KZ-75}, whose number is the KATO prefix).
 */
public record Region(String code, Kind kind, LocalizedText name, LocalizedText center) {

    public enum Kind { CITY, REGION }
}
