package kz.edufusion.placements.dashboards;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.reference.ReferenceData;
import org.springframework.stereotype.Component;

/** Names of regions, NACE sections and fields of education by code, from the reference facade, for pages and files. */
@Component
public class DashboardLabels {

    private final ReferenceData reference;

    DashboardLabels(ReferenceData reference) {
        this.reference = reference;
    }

    public Map<String, LocalizedText> regions() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        reference.regions().forEach(r -> names.put(r.code(), r.name()));
        return names;
    }

    public Map<String, LocalizedText> sections() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        reference.economicActivities(null, 1, PageQuery.of(0, 50)).items().forEach(s -> names.put(s.code(), s.name()));
        return names;
    }

    public Map<String, LocalizedText> fields() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        reference.fieldsOfEducation().forEach(f -> names.put(f.code(), f.name()));
        return names;
    }

    /** The name of a code in the language, the code itself when unknown, empty for none. */
    static String name(Map<String, LocalizedText> names, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        LocalizedText name = names.get(code);
        return name == null ? code : name.in(locale);
    }
}
