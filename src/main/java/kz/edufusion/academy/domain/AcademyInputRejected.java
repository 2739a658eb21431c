package kz.edufusion.academy.domain;

import java.util.List;
import kz.edufusion.common.web.DomainProblem;

/** Input refused as a whole, with each field to blame: pages show them next to the fields, the API lists them. */
public class AcademyInputRejected extends DomainProblem {

    public AcademyInputRejected(List<FieldProblem> problems) {
        super("academy.problem.invalidInput", problems);
    }

    /** Throws when any problem was found, so that nothing is written for a partly valid input. */
    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new AcademyInputRejected(problems);
        }
    }
}
