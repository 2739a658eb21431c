package kz.edufusion.placements.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.Selection;
import kz.edufusion.placements.domain.OfferDraft;

/** An offer as the API takes it; {@code stipendKzt} null or left out = unpaid, {@code minYear} left out = 2. */
record OfferRequest(UUID companyId, OfferType type, Selection selection, String titleKk, String titleRu, String titleEn,
        String descriptionKk, String descriptionRu, String descriptionEn, List<String> skillUris, List<String> fieldCodes,
        List<String> programCodes, Integer minYear, String regionCode, String city, boolean remote, LocalDate startsOn,
        LocalDate endsOn, Integer hoursPerWeek, Integer seats, Integer stipendKzt, String mentors) {

    OfferDraft draft() {
        return new OfferDraft(type, selection, LocalizedText.of(titleKk, titleRu, titleEn),
                LocalizedText.of(descriptionKk, descriptionRu, descriptionEn), skillUris, fieldCodes, programCodes, minYear,
                regionCode, city, remote, startsOn, endsOn, hoursPerWeek, seats, stipendKzt, mentors);
    }
}
