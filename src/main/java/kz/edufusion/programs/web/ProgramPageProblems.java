package kz.edufusion.programs.web;

import kz.edufusion.common.web.ProblemPages;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * A refusal that reaches no form (a program id that does not exist, a link to a deleted outcome) becomes a page
 * with the refusal's status and message. Access denials stay with Spring Security (403).
 */
@ControllerAdvice(basePackageClasses = ProgramPageProblems.class)
class ProgramPageProblems extends ProblemPages {

    @Override
    protected String view() {
        return "programs/problem";
    }
}
