package kz.edufusion.labormarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edufusion.common.csv.CsvRow;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CuratedCityRegionsTest {

    private final CuratedCityRegions regions = new CuratedCityRegions();

    @Test
    void placesEveryCityOfTheDevVacancies() {
        List<String> unplaced = DevVacancies.rows().stream().map(r -> r.required("area")).distinct()
                .filter(city -> regions.regionOf(city).isEmpty()).toList();
        assertThat(unplaced).isEmpty();
        assertThat(regions.regionOf("Жаркент")).contains("KZ-33");
        assertThat(regions.regionOf("Конаев")).contains("KZ-19");
        assertThat(regions.regionOf("Жанаозен")).contains("KZ-47");
        assertThat(regions.regionOf("Темиртау")).contains("KZ-35");
        assertThat(regions.regionOf("Экибастуз")).contains("KZ-55");
        assertThat(regions.regionOf("Каратау")).contains("KZ-31");
    }

    @Test
    void knowsOldNamesAndTheRegionsOf2022() {
        assertThat(regions.regionOf("Нур-Султан")).contains("KZ-71");
        assertThat(regions.regionOf("Капшагай")).contains("KZ-19");
        assertThat(regions.regionOf("Талдыкорган")).contains("KZ-33");
        assertThat(regions.regionOf("Семипалатинск")).contains("KZ-10");
        assertThat(regions.regionOf("Семей")).contains("KZ-10");
        assertThat(regions.regionOf("Жезказган")).contains("KZ-62");
        assertThat(regions.regionOf("Сатпаев")).contains("KZ-62");
        assertThat(regions.regionOf("Өскемен")).contains("KZ-63");
        assertThat(regions.regionOf("Alma-Ata")).contains("KZ-75");
    }

    @Test
    void ignoresCaseYoHyphensSpacesAndCityMarkers() {
        assertThat(regions.regionOf("г. Усть-Каменогорск")).contains("KZ-63");
        assertThat(regions.regionOf("усть каменогорск")).contains("KZ-63");
        assertThat(regions.regionOf("УСТЬКАМЕНОГОРСК")).contains("KZ-63");
        assertThat(regions.regionOf("город Алматы")).contains("KZ-75");
        assertThat(regions.regionOf("Алматы қ.")).contains("KZ-75");
        assertThat(regions.regionOf("  Shymkent  ")).contains("KZ-79");
        assertThat(regions.regionOf("Қостанай")).contains("KZ-39");
        assertThat(regions.regionOf("Костанай")).contains("KZ-39");
        assertThat(regions.regionOf("Алматы, Медеуский район")).contains("KZ-75");
        assertThat(regions.regionOf("Конаев (Капчагай)")).contains("KZ-19");
    }

    @Test
    void unknownPlacesAndBlanksHaveNoRegion() {
        assertThat(regions.regionOf("Москва")).isEmpty();
        assertThat(regions.regionOf("Бишкек")).isEmpty();
        assertThat(regions.regionOf("")).isEmpty();
        assertThat(regions.regionOf(null)).isEmpty();
    }

    @Test
    void everyRegionCodeIsAReferenceRegionAndEveryRegionCentreIsPlacedInItsRegion() {
        List<CsvRow> reference = DevVacancies.read("/reference/regions.csv",
                List.of("code", "center_kk", "center_ru", "center_en"));
        Set<String> codes = reference.stream().map(r -> r.required("code")).collect(Collectors.toSet());
        List<CsvRow> localities = CuratedFile.rows(CuratedCityRegions.FILE, CuratedCityRegions.COLUMNS);

        assertThat(codes).hasSize(20);
        assertThat(localities).extracting(r -> r.required("region_code")).allMatch(codes::contains);
        assertThat(localities.stream().map(r -> r.required("region_code")).collect(Collectors.toSet())).isEqualTo(codes);
        assertThat(localities).hasSizeGreaterThanOrEqualTo(80);
        for (CsvRow region : reference) {
            for (String centre : List.of("center_kk", "center_ru", "center_en")) {
                assertThat(regions.regionOf(region.required(centre))).as(region.required(centre))
                        .contains(region.required("code"));
            }
        }
    }

    @Test
    void aNameInTwoRegionsStopsTheFileFromLoading() {
        List<CsvRow> rows = List.of(row("KZ-75", "Алматы"), row("KZ-19", "Алма Ты"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CuratedCityRegions(rows))
                .hasMessageContaining("KZ-75").hasMessageContaining("KZ-19");
    }

    private static CsvRow row(String code, String name) {
        return new CsvRow(2, List.of(code, name, "", "", ""), java.util.Map.of("region_code", 0, "name_ru", 1,
                "name_kk", 2, "name_en", 3, "aliases", 4));
    }
}
