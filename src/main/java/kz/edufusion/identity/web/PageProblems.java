package kz.edufusion.identity.web;

import kz.edufusion.common.web.ProblemPages;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * A refusal that reaches no form (an unknown organization in the URL, say) becomes a page with the
 * refusal's status and its localized message instead of a bare 500. Access denials are left to Spring
 * Security, which answers them with 403 or a redirect to the login page.
 */
@ControllerAdvice(basePackageClasses = PageProblems.class)
class PageProblems extends ProblemPages {
}
