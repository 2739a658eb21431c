package kz.edufusion.alignment.national;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.reference.EconomicActivity;
import kz.edufusion.reference.FieldOfEducation;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.reference.Region;
import org.springframework.stereotype.Component;

/**
 * Names of fields of education, regions and NACE sections in three languages, for the national view, its exports
 * and the quarterly analysis (which stores them in its snapshot). Read once per page or table (each
 * call reads the reference), then looked up by code; an unknown code names itself, so a code retired from the reference still shows as something.
 */
@Component
public class AlignmentLabels {

    private final ReferenceData reference;

    AlignmentLabels(ReferenceData reference) {
        this.reference = reference;
    }

    public Map<String, LocalizedText> fields() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        reference.fieldsOfEducation().forEach(f -> names.put(f.code(), f.name()));
        return names;
    }

    public Map<String, LocalizedText> regions() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        reference.regions().forEach(r -> names.put(r.code(), r.name()));
        return names;
    }

    public Map<String, LocalizedText> sections() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        sectionList().forEach(s -> names.put(s.code(), s.name()));
        return names;
    }

    public List<FieldOfEducation> fieldList() {
        return reference.fieldsOfEducation();
    }

    public List<Region> regionList() {
        return reference.regions();
    }

    public List<EconomicActivity> sectionList() {
        return reference.economicActivities(null, 1, PageQuery.of(0, 50)).items();
    }

    public static String name(Map<String, LocalizedText> names, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        LocalizedText name = names.get(code);
        return name == null ? code : name.in(locale);
    }
}
