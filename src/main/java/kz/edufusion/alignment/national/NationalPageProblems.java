package kz.edufusion.alignment.national;

import kz.edufusion.common.web.ProblemPages;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * A refusal that reaches no form (a bad filter on an export link) becomes a page with the
 * refusal's status and its localized message; the API's refusals are problem details (ApiProblems).
 */
@ControllerAdvice(assignableTypes = NationalController.class)
class NationalPageProblems extends ProblemPages {
}
