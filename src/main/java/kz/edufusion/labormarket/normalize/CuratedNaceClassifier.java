package kz.edufusion.labormarket.normalize;

import kz.edufusion.common.csv.CsvRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The NACE section from the employer's name through the curated {@code labormarket/employer-sectors.csv} (same
 * pattern syntax as the title file, matched on the name's words; the longest match wins, ties to the earlier
 * row), else from the occupation's ISCO group where an occupation belongs to one sector.
 */
@Component
class CuratedNaceClassifier implements NaceClassifier {

    static final String FILE = "labormarket/employer-sectors.csv";
    static final List<String> COLUMNS = List.of("pattern", "nace_section", "note");

    /**
     * ISCO-08 group prefixes (longest first wins) of occupations that mostly work in one sector. Occupations found
     * in every sector are left out on purpose: accountants (2411), sales, HR, office and legal staff, engineers in
     * general. Putting accountants in M (M69, accounting firms) would move most of them out of the sector that
     * actually employs them, so an unknown employer with such a vacancy gets no section rather than a wrong one.
     */
    private static final Map<String, String> ISCO_SECTIONS = Map.ofEntries(
            Map.entry("25", "J"), // ICT professionals: software, databases, networks
            Map.entry("35", "J"), // ICT operations, support and telecom technicians
            Map.entry("133", "J"), // ICT service managers
            Map.entry("22", "Q"), // health professionals
            Map.entry("32", "Q"), // health associate professionals
            Map.entry("23", "P"), // teaching professionals
            Map.entry("2142", "F"), // civil engineers
            Map.entry("2146", "B"), // mining and petroleum engineers
            Map.entry("512", "I"), // cooks
            Map.entry("513", "I"), // waiters and bartenders
            Map.entry("5223", "G"), // shop sales assistants
            Map.entry("5230", "G"), // cashiers
            Map.entry("832", "H"), // car, van and motorcycle drivers
            Map.entry("833", "H")); // heavy truck and bus drivers

    private static final Pattern SECTION = Pattern.compile("[A-U]");

    private final PatternTable<String> patterns = new PatternTable<>();

    CuratedNaceClassifier() {
        this(CuratedFile.rows(FILE, COLUMNS));
    }

    CuratedNaceClassifier(List<CsvRow> rows) {
        for (CsvRow row : rows) {
            patterns.add(row.required("pattern"), row.matching("nace_section", SECTION, "a NACE section letter A-U"));
        }
    }

    @Override
    public Optional<String> sectionFor(String employerName, String iscoCode) {
        return byName(employerName).or(() -> byOccupation(iscoCode));
    }

    Optional<String> byName(String employerName) {
        return patterns.best(employerName);
    }

    static Optional<String> byOccupation(String iscoCode) {
        if (iscoCode == null) {
            return Optional.empty();
        }
        for (int length = Math.min(4, iscoCode.length()); length >= 2; length--) {
            String section = ISCO_SECTIONS.get(iscoCode.substring(0, length));
            if (section != null) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
