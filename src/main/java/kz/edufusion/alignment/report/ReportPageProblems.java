package kz.edufusion.alignment.report;

import kz.edufusion.common.web.ProblemPages;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * A refusal on a report page (a malformed quarter: 400, an unknown one: 404, publishing twice: 409) becomes a page
 * with that status and the refusal's localized message; the API answers problem details instead (ApiProblems).
 */
@ControllerAdvice(assignableTypes = ReportController.class)
class ReportPageProblems extends ProblemPages {
}
