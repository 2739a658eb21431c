package kz.edufusion.labormarket.imports;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import kz.edufusion.common.csv.RejectedRow;

/**
 * The rules a raw vacancy must pass before it is normalized: a title, a source id and a publication date; salary
 * figures that are not negative and a range that is not upside down; a declared language of kk, ru or en; values
 * within their limits; and no undecodable byte (U+FFFD), which means the row was written in another encoding.
 */
final class VacancyValidator {

    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    private static final char REPLACEMENT = '\uFFFD';

    private final String encoding;

    VacancyValidator(String encoding) {
        this.encoding = encoding;
    }

    /** The declared language in lower case (or null); throws {@link RejectedRow} with the reason otherwise. */
    String check(RawVacancy raw) {
        if (Stream.of(raw.sourceId(), raw.title(), raw.descriptionHtml(), raw.city(), raw.employerName(),
                raw.experience(), raw.schedule(), raw.employment(), raw.salaryCurrency(), raw.url(), raw.language())
                .anyMatch(v -> v != null && v.indexOf(REPLACEMENT) >= 0)
                || raw.tags().stream().anyMatch(t -> t.indexOf(REPLACEMENT) >= 0)) {
            throw new RejectedRow(encoding.equalsIgnoreCase("UTF-8")
                    ? "the row has bytes that are not valid UTF-8 (the file is UTF-8; this row is in another encoding)"
                    : "the row has bytes that are not characters in " + encoding + " (mixed encodings)");
        }
        required(raw.sourceId(), "source id");
        required(raw.title(), "title");
        if (raw.publishedAt() == null) {
            throw new RejectedRow("missing published_at");
        }
        limit(raw.sourceId(), "source id", VacancyLimits.SOURCE_ID);
        limit(raw.title(), "title", VacancyLimits.TITLE);
        limit(raw.descriptionHtml(), "description", VacancyLimits.DESCRIPTION_HTML);
        Stream.of(raw.city(), raw.employerName(), raw.experience(), raw.schedule(), raw.employment(), raw.url())
                .forEach(v -> limit(v, "a field", VacancyLimits.OTHER_FIELD));
        if (raw.tags().size() > VacancyLimits.TAGS) {
            throw new RejectedRow("more than " + VacancyLimits.TAGS + " skill tags");
        }
        salary(raw.salaryFrom(), "salary_from");
        salary(raw.salaryTo(), "salary_to");
        if (raw.salaryFrom() != null && raw.salaryTo() != null && raw.salaryFrom().compareTo(raw.salaryTo()) > 0) {
            throw new RejectedRow("salary_from " + raw.salaryFrom().toPlainString() + " is above salary_to "
                    + raw.salaryTo().toPlainString());
        }
        if (raw.salaryCurrency() != null && !raw.salaryCurrency().strip().matches("[A-Za-z]{3}")) {
            throw new RejectedRow("salary currency '" + FieldValues.abbreviate(raw.salaryCurrency()) + "' is not a 3-letter code");
        }
        if (raw.language() == null || raw.language().isBlank()) {
            return null;
        }
        String language = raw.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new RejectedRow("unknown language '" + FieldValues.abbreviate(raw.language().strip()) + "'");
        }
        return language;
    }

    private static void required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new RejectedRow("missing " + name);
        }
    }

    private static void limit(String value, String name, int limit) {
        if (value != null && value.length() > limit) {
            throw new RejectedRow(name + " is longer than " + limit + " characters");
        }
    }

    private static void salary(BigDecimal value, String name) {
        if (value != null && value.signum() < 0) {
            throw new RejectedRow(name + " " + value.toPlainString() + " is negative");
        }
        if (value != null && value.compareTo(new BigDecimal("99999999999999")) > 0) {
            throw new RejectedRow(name + " " + value.toPlainString() + " is too large");
        }
    }
}
