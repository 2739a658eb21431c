package kz.edufusion.credentials.web;

import kz.edufusion.common.web.ProblemPages;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** A refusal on a credentials page (an unknown, hidden or another person's credential) as the problem page. */
@ControllerAdvice(basePackageClasses = CredentialPages.class)
class CredentialPages extends ProblemPages {
}
