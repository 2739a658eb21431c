package kz.edufusion.alignment.report;

import java.time.Instant;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.labormarket.SurveyQuarter;

/** Reading a quarter from a URL or a form: {@code 2025-Q4}; anything else is a 400 naming the field "quarter". */
final class ReportQuarter {

    private ReportQuarter() {
    }

    static SurveyQuarter parse(String text) {
        try {
            return SurveyQuarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw DomainProblem.invalidField("quarter", "alignment.report.quarter.invalid");
        }
    }

    /** A report covers a whole quarter: one that has not ended yet is refused (400 on "quarter"). */
    static SurveyQuarter ended(String text, Instant now) {
        SurveyQuarter quarter = parse(text);
        if (now.isBefore(quarter.closesAt())) {
            throw DomainProblem.invalidField("quarter", "alignment.report.quarter.notEnded");
        }
        return quarter;
    }
}
