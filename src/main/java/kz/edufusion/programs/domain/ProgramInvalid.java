package kz.edufusion.programs.domain;

import java.util.List;
import kz.edufusion.common.web.DomainProblem;

/** A program, outcome, discipline or cohort that breaks the Register's rules, with every field to blame. */
public class ProgramInvalid extends DomainProblem {

    public ProgramInvalid(List<FieldProblem> problems) {
        super("programs.problem.invalid", problems);
    }
}
