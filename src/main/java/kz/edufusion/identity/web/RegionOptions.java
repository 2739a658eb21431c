package kz.edufusion.identity.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.reference.Region;
import org.springframework.stereotype.Component;

/**
 * Choices for where an organization is and what it does: the 20 regions come from the reference module
 * (ISO 3166-2:KZ codes, names in kk/ru/en); the OKED sections A-U are labelled by message keys
 * {@code sector.<letter>} because the NACE file we import is English only.
 */
@Component
class RegionOptions {

    /** OKED follows the NACE Rev.2 sections A to U. */
    static final List<String> SECTORS = "ABCDEFGHIJKLMNOPQRSTU".chars().mapToObj(c -> String.valueOf((char) c)).toList();

    private final Options options;
    private final ReferenceData reference;

    RegionOptions(Options options, ReferenceData reference) {
        this.options = options;
        this.reference = reference;
    }

    List<Option> regions(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return reference.regions().stream().map(r -> new Option(r.code(), r.name().in(locale)))
                .sorted(Comparator.comparing(Option::label, collator)).toList();
    }

    /** Region names by code, for tables that show an organization's region. */
    Map<String, String> regionNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Region region : reference.regions()) {
            names.put(region.code(), region.name().in(locale));
        }
        return names;
    }

    List<Option> sectors(Locale locale) {
        return options.keyed("sector.", SECTORS, locale);
    }

    boolean knownRegion(String code) {
        return reference.regionExists(code);
    }

    boolean knownSector(String code) {
        return SECTORS.contains(code);
    }
}
