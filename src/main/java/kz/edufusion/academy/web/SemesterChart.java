package kz.edufusion.academy.web;

import java.util.List;
import kz.edufusion.academy.analytics.SemesterRow;

/**
 * The semester chart's data as JSON arrays for the canvas' data attributes (the CSP allows no inline script), oldest
 * semester first. A hidden figure is null, which Chart.js leaves as a gap, not a zero.
 */
record SemesterChart(String labels, String enrollments, String stemFemale) {

    static SemesterChart of(List<SemesterRow> newestFirst) {
        List<SemesterRow> rows = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(rows);
        return new SemesterChart(Json.strings(rows.stream().map(r -> r.semester().code()).toList()),
                Json.numbers(rows.stream().map(r -> (Number) r.enrollments()).toList()),
                Json.numbers(rows.stream().map(r -> (Number) r.stemFemale()).toList()));
    }
}
