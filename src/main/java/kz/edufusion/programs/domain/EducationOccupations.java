package kz.edufusion.programs.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.CsvTable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The curated map from an education area (three digits: 061 ICT, 071 engineering, 041 business ...) or, failing
 * that, its field (two digits) to the ISCO-08 unit groups its graduates work in, most typical first
 * (src/main/resources/programs/education-occupations.csv, after ISCED-F 2013 and ISCO-08; see decision 0010).
 */
@Component
public class EducationOccupations {

    static final String FILE = "programs/education-occupations.csv";

    private final Map<String, List<String>> groups;

    EducationOccupations() {
        this.groups = load();
    }

    /** The ISCO unit groups for the area, else for its field; empty when neither is mapped. */
    public List<String> groupsFor(String areaCode) {
        List<String> area = groups.get(areaCode);
        if (area != null) {
            return area;
        }
        return areaCode == null || areaCode.length() < 2 ? List.of() : groups.getOrDefault(areaCode.substring(0, 2), List.of());
    }

    public Map<String, List<String>> all() {
        return Map.copyOf(groups);
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> map = new HashMap<>();
        try (InputStream in = new ClassPathResource(FILE).getInputStream();
             CsvTable table = CsvTable.open(in, List.of("education_code", "isco_groups"))) {
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                map.put(row.required("education_code"), Arrays.stream(row.required("isco_groups").split("\\s+")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
