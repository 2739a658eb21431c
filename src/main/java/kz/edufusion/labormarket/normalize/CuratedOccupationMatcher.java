package kz.edufusion.labormarket.normalize;

import kz.edufusion.common.csv.CsvRow;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Title normalization through the curated {@code labormarket/title-occupations.csv}: each row's pattern (see
 * {@link TitlePattern}) names an ESCO occupation and its ISCO-08 unit group. The most specific match wins (the
 * longest matched pattern text); on a tie the earlier row, which is why the file lists specific rows first.
 */
@Component
class CuratedOccupationMatcher implements OccupationMatcher {

    static final String FILE = "labormarket/title-occupations.csv";
    static final List<String> COLUMNS = List.of("esco_label", "pattern", "occupation_uri", "isco_code");

    private static final Pattern ESCO_URI = Pattern.compile("http://data\\.europa\\.eu/esco/occupation/[0-9a-f-]{36}");
    private static final Pattern ISCO = Pattern.compile("\\d{4}");

    private final PatternTable<OccupationMatch> patterns = new PatternTable<>();

    CuratedOccupationMatcher() {
        this(CuratedFile.rows(FILE, COLUMNS));
    }

    CuratedOccupationMatcher(List<CsvRow> rows) {
        for (CsvRow row : rows) {
            patterns.add(row.required("pattern"), new OccupationMatch(
                    row.matching("occupation_uri", ESCO_URI, "an ESCO occupation URI"),
                    row.matching("isco_code", ISCO, "a 4-digit ISCO-08 group")));
        }
    }

    @Override
    public Optional<OccupationMatch> match(String title) {
        return patterns.best(title);
    }

    /** Every occupation the file names, in file order (for the file's own tests). */
    List<OccupationMatch> occupations() {
        return patterns.values();
    }
}
