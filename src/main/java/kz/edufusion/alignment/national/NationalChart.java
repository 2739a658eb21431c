package kz.edufusion.alignment.national;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.edufusion.common.LocalizedText;

/**
 * The fields' chart as JSON strings for the canvas's data attributes (static/js/alignment-charts.js reads them;
 * the CSP allows no inline script): one label per field, expected graduates and vacancies as two series.
 */
record NationalChart(String labels, String supply, String vacancies) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static NationalChart of(NationalMatrix matrix, Map<String, LocalizedText> fields, Locale locale) {
        List<String> labels = matrix.fieldCodes().stream().map(f -> f + " " + AlignmentLabels.name(fields, f, locale)).toList();
        List<Integer> supply = matrix.fieldCodes().stream().map(f -> matrix.fieldTotal(f).supply()).toList();
        List<Long> vacancies = matrix.fieldCodes().stream().map(f -> matrix.fieldTotal(f).vacancies()).toList();
        try {
            return new NationalChart(JSON.writeValueAsString(labels), JSON.writeValueAsString(supply),
                    JSON.writeValueAsString(vacancies));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
