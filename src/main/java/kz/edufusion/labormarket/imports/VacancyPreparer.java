package kz.edufusion.labormarket.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import kz.edufusion.labormarket.normalize.EmployerNames;
import kz.edufusion.labormarket.normalize.OccupationMatcher.OccupationMatch;
import kz.edufusion.labormarket.normalize.SimHash;
import kz.edufusion.skills.extraction.ExtractedSkill;
import kz.edufusion.skills.extraction.PlainText;

/**
 * Turns a raw vacancy into what is stored: validated, the description as plain text, language (declared or detected),
 * region, salary in KZT per month, employer key and organization, NACE section (the linked organization's own first),
 * ESCO/ISCO occupation, publication month in Kazakhstan time, SimHash, skills, and a hash of all of it. Thread-safe:
 * several extraction threads share one preparer per run (its caches are per run).
 */
final class VacancyPreparer {

    private static final int CACHE_LIMIT = 100_000;

    private final Normalizers normalizers;
    private final VacancyValidator validator;
    private final Map<String, Optional<UUID>> organizations = new ConcurrentHashMap<>();
    private final Map<UUID, Optional<String>> sections = new ConcurrentHashMap<>();

    VacancyPreparer(Normalizers normalizers, String encoding) {
        this.normalizers = normalizers;
        this.validator = new VacancyValidator(encoding);
    }

    /** The stored form; throws {@link kz.edufusion.common.csv.RejectedRow} when the row breaks a rule. */
    PreparedVacancy prepare(RawVacancy raw) {
        String declared = validator.check(raw);
        String title = raw.title().strip();
        String description = PlainText.of(raw.descriptionHtml()).strip();
        String language = declared != null ? declared
                : normalizers.languages().detect(title + "\n" + description).orElse(null);
        String city = raw.city();
        String region = city == null ? null : normalizers.regions().regionOf(city).orElse(null);
        String currency = raw.salaryCurrency() == null ? null : raw.salaryCurrency().strip().toUpperCase(Locale.ROOT);
        BigDecimal kzt = raw.salaryFrom() == null && raw.salaryTo() == null ? null
                : normalizers.salaries().kztPerMonth(raw.salaryFrom(), raw.salaryTo(), currency, raw.salaryPeriod()).orElse(null);
        String employerKey = EmployerNames.key(raw.employerName());
        UUID organization = employerKey == null ? null : organization(employerKey);
        Optional<OccupationMatch> occupation = normalizers.occupations().match(title);
        String isco = occupation.map(OccupationMatch::iscoCode).orElse(null);
        String nace = Optional.ofNullable(organization).flatMap(this::section)
                .or(() -> normalizers.nace().sectionFor(raw.employerName(), isco)).orElse(null);
        LocalDate month = raw.publishedAt().atZoneSameInstant(FieldValues.KAZAKHSTAN).toLocalDate().withDayOfMonth(1);
        List<PreparedVacancy.Skill> skills = normalizers.skills().find(title + "\n" + description, raw.tags()).stream()
                .map(VacancyPreparer::skill).toList();
        PreparedVacancy prepared = new PreparedVacancy(raw.rowNumber(), raw.source(), raw.sourceId().strip(), title,
                description, language, city, region, raw.salaryFrom(), raw.salaryTo(), currency, raw.salaryGross(), kzt,
                raw.experience(), raw.schedule(), raw.employment(), raw.employerName(), employerKey, organization, nace,
                occupation.map(OccupationMatch::occupationUri).orElse(null), isco, raw.tags(), raw.url(),
                raw.publishedAt(), month, SimHash.of(title + " " + description), skills, 0);
        return withContentHash(prepared);
    }

    private UUID organization(String employerKey) {
        if (organizations.size() > CACHE_LIMIT) {
            organizations.clear();
        }
        return organizations.computeIfAbsent(employerKey, normalizers.employers()::organizationFor).orElse(null);
    }

    private Optional<String> section(UUID organization) {
        return sections.computeIfAbsent(organization, normalizers.organizationSection());
    }

    private static PreparedVacancy.Skill skill(ExtractedSkill skill) {
        String origin = skill.spans().isEmpty() ? "TAG" : skill.tagged() ? "BOTH" : "TEXT";
        float score = (float) (Math.round(Math.min(1, Math.max(0, skill.score())) * 1000) / 1000.0);
        return new PreparedVacancy.Skill(skill.uri(), score, origin);
    }

    /** A hash of every stored value, so a re-import can tell an unchanged row without comparing columns. */
    private static PreparedVacancy withContentHash(PreparedVacancy v) {
        String all = String.join("\u0001", Objects.toString(v.title()), v.description(), Objects.toString(v.language()),
                Objects.toString(v.city()), Objects.toString(v.regionCode()), plain(v.salaryFrom()), plain(v.salaryTo()),
                Objects.toString(v.salaryCurrency()), Objects.toString(v.salaryGross()), plain(v.salaryKztMonth()),
                Objects.toString(v.experience()), Objects.toString(v.schedule()), Objects.toString(v.employment()),
                Objects.toString(v.employerName()), Objects.toString(v.organizationId()), Objects.toString(v.naceSection()),
                Objects.toString(v.occupationUri()), Objects.toString(v.iscoCode()), String.join("\u0002", v.tags()),
                Objects.toString(v.url()), v.publishedAt().toInstant().toString(), v.skills().toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
            long hash = 0;
            for (int i = 0; i < 8; i++) {
                hash = (hash << 8) | (digest[i] & 0xFF);
            }
            return new PreparedVacancy(v.rowNumber(), v.source(), v.sourceId(), v.title(), v.description(), v.language(),
                    v.city(), v.regionCode(), v.salaryFrom(), v.salaryTo(), v.salaryCurrency(), v.salaryGross(),
                    v.salaryKztMonth(), v.experience(), v.schedule(), v.employment(), v.employerName(), v.employerKey(),
                    v.organizationId(), v.naceSection(), v.occupationUri(), v.iscoCode(), v.tags(), v.url(),
                    v.publishedAt(), v.publishedMonth(), v.textHash(), v.skills(), hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
