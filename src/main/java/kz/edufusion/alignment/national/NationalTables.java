package kz.edufusion.alignment.national;

import java.util.Locale;
import java.util.Map;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.export.ExportTable;
import org.springframework.stereotype.Component;

/** The national view's tables as downloads: the matrix (non-empty cells), the portfolio groups and programs. */
@Component
class NationalTables {

    static final java.util.List<String> TABLES = java.util.List.of("matrix", "portfolio", "programs");

    private final AlignmentLabels labels;

    NationalTables(AlignmentLabels labels) {
        this.labels = labels;
    }

    ExportTable table(String name, NationalPicture picture, Locale locale) {
        return switch (name) {
            case "matrix" -> matrix(picture.matrix(), locale);
            case "portfolio" -> groups(picture.portfolio(), locale);
            case "programs" -> programs(picture.portfolio(), locale);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private ExportTable matrix(NationalMatrix matrix, Locale locale) {
        Map<String, LocalizedText> fields = labels.fields();
        Map<String, LocalizedText> regions = labels.regions();
        ExportTable.Builder table = ExportTable.named("alignment-matrix", "alignment.national.column.fieldCode",
                "alignment.national.column.field", "alignment.national.column.regionCode", "alignment.national.column.region",
                "alignment.national.column.programs", "alignment.national.column.intake", "alignment.national.column.graduates",
                "alignment.national.column.supply", "alignment.national.column.vacancies", "alignment.national.column.ratio");
        for (String field : matrix.fieldCodes()) {
            for (String region : matrix.regionCodes()) {
                MatrixCell c = matrix.cell(field, region);
                if (c.heat() != HeatLevel.EMPTY) {
                    table.row(field, AlignmentLabels.name(fields, field, locale), region, AlignmentLabels.name(regions, region, locale),
                            c.programs(), c.intake(), c.graduates(), c.supply(), c.vacancies(), rounded(c.ratio()));
                }
            }
        }
        return table.build();
    }

    private ExportTable groups(Portfolio portfolio, Locale locale) {
        Map<String, LocalizedText> regions = labels.regions();
        Map<String, LocalizedText> sections = labels.sections();
        ExportTable.Builder table = ExportTable.named("alignment-portfolio", "alignment.national.column.regionCode",
                "alignment.national.column.region", "alignment.national.column.sectionCode", "alignment.national.column.section",
                "alignment.national.column.programs", "alignment.national.column.intake", "alignment.national.column.graduates",
                "alignment.national.column.scored", "alignment.national.column.meanScore", "alignment.national.column.minScore");
        portfolio.groups().forEach(g -> table.row(g.regionCode(), AlignmentLabels.name(regions, g.regionCode(), locale),
                g.sector(), AlignmentLabels.name(sections, g.sector(), locale), g.programs(), g.intake(), g.graduates(),
                g.scored(), rounded(g.meanScore()), rounded(g.minScore())));
        return table.build();
    }

    private ExportTable programs(Portfolio portfolio, Locale locale) {
        Map<String, LocalizedText> regions = labels.regions();
        ExportTable.Builder table = ExportTable.named("alignment-programs", "alignment.national.column.regionCode",
                "alignment.national.column.region", "alignment.national.column.sectionCode", "alignment.national.column.code",
                "alignment.national.column.title", "alignment.national.column.level", "alignment.national.column.type",
                "alignment.national.column.intake", "alignment.national.column.graduates", "alignment.national.column.score",
                "alignment.national.column.missing");
        portfolio.rows().forEach(r -> table.row(r.regionCode(), AlignmentLabels.name(regions, r.regionCode(), locale),
                r.sector(), r.code(), r.title().in(locale), r.level().name(), r.type().name(), r.intake(), r.graduates(),
                rounded(r.score()), r.missingSkills()));
        return table.build();
    }

    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
