package kz.edufusion.labormarket.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.reference.EconomicActivity;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.reference.Region;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names of regions and NACE sections for the demand pages and exports, and the options of their filters.
 * Templates call it as {@code @demandNames.region(code)}; a null code is "region unknown".
 */
@Component("demandNames")
class ReferenceNames {

    private final ReferenceData reference;
    private final MessageSource messages;

    ReferenceNames(ReferenceData reference, MessageSource messages) {
        this.reference = reference;
        this.messages = messages;
    }

    List<Region> regions() {
        return reference.regions();
    }

    List<EconomicActivity> sections() {
        return reference.economicActivities(null, 1, PageQuery.of(0, 50)).items();
    }

    public String region(String code, Locale locale) {
        if (code == null || code.isEmpty()) {
            return messages.getMessage("lm.demand.region.unknown", null, locale);
        }
        return reference.region(code).map(r -> r.name().in(locale)).orElse(code);
    }

    public String section(String code, Locale locale) {
        if (code == null || code.isEmpty()) {
            return messages.getMessage("lm.demand.section.unknown", null, locale);
        }
        Map<String, LocalizedText> names = sections().stream()
                .collect(Collectors.toMap(EconomicActivity::code, EconomicActivity::name, (a, b) -> a));
        return names.containsKey(code) ? code + " " + names.get(code).in(locale) : code;
    }

    /** Region names by code, for the rows of one table (one reference lookup per table, not per row). */
    Function<String, String> regionNamer(Locale locale) {
        Map<String, String> names = regions().stream().collect(Collectors.toMap(Region::code, r -> r.name().in(locale)));
        String unknown = messages.getMessage("lm.demand.region.unknown", null, locale);
        return code -> code == null || code.isEmpty() ? unknown : names.getOrDefault(code, code);
    }
}
