package kz.edufusion.labormarket.normalize;

import kz.edufusion.common.csv.CsvRow;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Places cities through the curated {@code labormarket/kz-localities.csv}: every locality's Russian, Kazakh and
 * English names and old names (Нур-Султан, Капшагай, Семипалатинск, ...) point at its region's ISO 3166-2:KZ code.
 * Names are compared without case, "г."/"город"/"қ." markers, hyphens and spaces, with ё as е and Kazakh letters
 * folded to their Russian neighbours, so "г. Усть-Каменогорск", "усть каменогорск" and "Өскемен" all meet.
 */
@Component
class CuratedCityRegions implements CityRegions {

    static final String FILE = "labormarket/kz-localities.csv";
    static final List<String> COLUMNS = List.of("region_code", "name_ru", "name_kk", "name_en", "aliases");

    private static final Pattern MARKERS = Pattern.compile(
            "^(г|гор|город|қ|қала|с|п|пос|пгт|city of)\\.?\\s+|\\s+(қаласы|қ\\.|city|town)$");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\-‐–—.'’`\"«»]+");
    private static final Pattern PARTS = Pattern.compile("[,;/()]+");
    private static final String KAZAKH = "әғқңөұүһі";
    private static final String RUSSIAN = "агкноуухи";

    private final Map<String, String> regions;

    CuratedCityRegions() {
        this(CuratedFile.rows(FILE, COLUMNS));
    }

    CuratedCityRegions(List<CsvRow> rows) {
        Map<String, String> byKey = new HashMap<>();
        for (CsvRow row : rows) {
            String region = row.matching("region_code", Pattern.compile("KZ-\\d\\d"), "an ISO 3166-2:KZ code");
            List<String> names = new ArrayList<>(List.of(row.required("name_ru")));
            names.add(row.optional("name_kk"));
            names.add(row.optional("name_en"));
            names.addAll(CuratedFile.list(row, "aliases"));
            for (String name : names) {
                String key = key(name);
                if (key == null) {
                    continue;
                }
                String previous = byKey.putIfAbsent(key, region);
                if (previous != null && !previous.equals(region)) {
                    throw new IllegalStateException(FILE + ": '" + name + "' is in " + previous + " and " + region);
                }
            }
        }
        this.regions = Map.copyOf(byKey);
    }

    @Override
    public Optional<String> regionOf(String city) {
        String key = key(city);
        if (key == null) {
            return Optional.empty();
        }
        String region = regions.get(key);
        if (region == null) {
            // "Алматы, Медеуский район" or "Конаев (Капшагай)": the first part that is a known locality
            for (String part : PARTS.split(city)) {
                String partKey = key(part);
                region = partKey == null ? null : regions.get(partKey);
                if (region != null) {
                    break;
                }
            }
        }
        return Optional.ofNullable(region);
    }

    /** The number of distinct names known (for the coverage test). */
    int size() {
        return regions.size();
    }

    static String key(String name) {
        if (name == null) {
            return null;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
        text = MARKERS.matcher(text).replaceAll("");
        text = IGNORED.matcher(text).replaceAll("");
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int kazakh = KAZAKH.indexOf(c);
            key.append(kazakh >= 0 ? RUSSIAN.charAt(kazakh) : c);
        }
        return key.isEmpty() ? null : key.toString();
    }
}
