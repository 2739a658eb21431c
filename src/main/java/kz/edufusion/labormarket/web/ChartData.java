package kz.edufusion.labormarket.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Labels and values of one chart as JSON strings, for the {@code data-labels} and {@code data-values}
 * attributes that static/js/demand-charts.js reads (the CSP allows no inline script to hand them over).
 */
record ChartData(String labels, String values) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ChartData of(List<String> labels, List<? extends Number> values) {
        try {
            return new ChartData(JSON.writeValueAsString(labels), JSON.writeValueAsString(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
