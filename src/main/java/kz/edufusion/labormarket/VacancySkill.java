package kz.edufusion.labormarket;

import kz.edufusion.common.LocalizedText;

/** A skill found in a vacancy: where it was found (TEXT, TAG or BOTH) and the extraction engine's score. */
public record VacancySkill(String skillUri, LocalizedText label, String origin, double score) {
}
