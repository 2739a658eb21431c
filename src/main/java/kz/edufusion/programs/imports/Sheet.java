package kz.edufusion.programs.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables of the import and export layout: one workbook sheet each (XLSX), or one file each (CSV, named after
 * the sheet: programs.csv ...). Children name their program by {@code program_code}. Column names are fixed and
 * not translated: a file must read the same whatever language its author's interface was in.
 */
public enum Sheet {
    PROGRAMS("Programs", List.of("code", "level", "title_kk", "title_ru", "title_en", "group_code", "degree", "credits",
            "languages", "type", "accreditation_agency", "accredited_until", "region", "atlas_profession")),
    OUTCOMES("Outcomes", List.of("program_code", "code", "text_kk", "text_ru", "text_en")),
    DISCIPLINES("Disciplines", List.of("program_code", "code", "title_kk", "title_ru", "title_en", "cycle", "component",
            "credits", "outcomes")),
    COHORTS("Cohorts", List.of("program_code", "academic_year", "intake", "graduates"));

    private final String title;
    private final List<String> columns;

    Sheet(String title, List<String> columns) {
        this.title = title;
        this.columns = columns;
    }

    public String title() {
        return title;
    }

    public List<String> columns() {
        return columns;
    }

    public String fileName() {
        return title.toLowerCase(Locale.ROOT);
    }

    public static Optional<Sheet> named(String name) {
        for (Sheet sheet : values()) {
            if (sheet.title.equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    /** The table whose columns a CSV header has, the most specific first (all four share no full column set). */
    public static Optional<Sheet> ofHeader(java.util.Collection<String> header) {
        for (Sheet sheet : List.of(DISCIPLINES, PROGRAMS, OUTCOMES, COHORTS)) {
            if (header.containsAll(sheet.columns)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }
}
