package kz.edufusion.alignment.national;

import java.util.List;
import java.util.Map;

/**
 * The field x region matrix of supply and demand: rows and columns in reference order (only fields that have
 * programs or demand in the filter), the cells, the totals of each row and column and of the whole matrix.
 * Column totals count a vacancy once even when its occupation is a target of several fields, so a column total
 * can be less than the sum of its cells.
 */
public record NationalMatrix(List<String> fieldCodes, List<String> regionCodes, Map<String, MatrixCell> cells,
        Map<String, MatrixCell> fieldTotals, Map<String, MatrixCell> regionTotals, MatrixCell total) {

    public NationalMatrix {
        fieldCodes = List.copyOf(fieldCodes);
        regionCodes = List.copyOf(regionCodes);
        cells = Map.copyOf(cells);
        fieldTotals = Map.copyOf(fieldTotals);
        regionTotals = Map.copyOf(regionTotals);
    }

    public MatrixCell cell(String fieldCode, String regionCode) {
        return cells.getOrDefault(key(fieldCode, regionCode), MatrixCell.empty(fieldCode, regionCode));
    }

    public MatrixCell fieldTotal(String fieldCode) {
        return fieldTotals.getOrDefault(fieldCode, MatrixCell.empty(fieldCode, null));
    }

    public MatrixCell regionTotal(String regionCode) {
        return regionTotals.getOrDefault(regionCode, MatrixCell.empty(null, regionCode));
    }

    static String key(String fieldCode, String regionCode) {
        return fieldCode + "|" + regionCode;
    }
}
