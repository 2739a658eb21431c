package kz.edufusion.placements.domain;

import kz.edufusion.placements.OfferType;

/** What a student narrows the published offers by; every part may be null (no filter). */
public record OfferFilter(OfferType type, String regionCode, boolean remoteOnly, boolean paidOnly, String fieldCode,
        String text, boolean bestMatchFirst) {

    public static OfferFilter none() {
        return new OfferFilter(null, null, false, false, null, null, false);
    }
}
