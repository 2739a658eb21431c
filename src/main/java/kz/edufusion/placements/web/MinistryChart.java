package kz.edufusion.placements.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.placements.dashboards.MinistryRow;

/**
 * One chart of the Ministry's view as JSON strings for the canvas's data attributes (static/js/placements-dashboards.js
 * reads them; the CSP allows no inline script): a label per row and the placements and paid placements as two
 * series. Rows of fewer than five students are left out of the chart (the table next to it shows them as "<5").
 */
record MinistryChart(String labels, String placements, String paid) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static MinistryChart of(List<MinistryRow> rows, Map<String, LocalizedText> names, String unknown, Locale locale) {
        List<MinistryRow> shown = rows.stream().filter(r -> !r.suppressed()).toList();
        List<String> labels = shown.stream().map(r -> r.code() == null ? unknown
                : names.containsKey(r.code()) ? names.get(r.code()).in(locale) : r.code()).toList();
        try {
            return new MinistryChart(JSON.writeValueAsString(labels),
                    JSON.writeValueAsString(shown.stream().map(MinistryRow::placements).toList()),
                    JSON.writeValueAsString(shown.stream().map(MinistryRow::paid).toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
