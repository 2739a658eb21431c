package kz.edufusion.identity.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The 20 regions of Kazakhstan (3 cities of republican significance and 17 regions) for the company
 * sign-up form. A stand-in until the reference module's region list can be used here; labels are the
 * message keys {@code region.<code>}.
 */
@Component
class RegionOptions {

    static final List<String> CODES = List.of("ASTANA", "ALMATY", "SHYMKENT", "ABAI", "AKMOLA", "AKTOBE", "ALMATY_REGION",
            "ATYRAU", "EAST_KAZAKHSTAN", "ZHAMBYL", "ZHETYSU", "WEST_KAZAKHSTAN", "KARAGANDA", "KOSTANAY", "KYZYLORDA",
            "MANGYSTAU", "NORTH_KAZAKHSTAN", "PAVLODAR", "TURKISTAN", "ULYTAU");

    /** OKED follows the NACE Rev.2 sections A to U; labels are the message keys {@code sector.<letter>}. */
    static final List<String> SECTORS = "ABCDEFGHIJKLMNOPQRSTU".chars().mapToObj(c -> String.valueOf((char) c)).toList();

    private final Options options;

    RegionOptions(Options options) {
        this.options = options;
    }

    List<Option> regions(Locale locale) {
        return options.keyed("region.", CODES, locale);
    }

    List<Option> sectors(Locale locale) {
        return options.keyed("sector.", SECTORS, locale);
    }

    boolean knownRegion(String code) {
        return CODES.contains(code);
    }

    boolean knownSector(String code) {
        return SECTORS.contains(code);
    }
}
