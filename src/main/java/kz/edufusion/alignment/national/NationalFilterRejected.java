package kz.edufusion.alignment.national;

import java.util.List;
import kz.edufusion.common.web.DomainProblem;

/** A national view filter with unknown codes or unreadable months: every bad field at once, each with its key. */
class NationalFilterRejected extends DomainProblem {

    NationalFilterRejected(List<FieldProblem> problems) {
        super("alignment.national.filter.invalid", problems);
    }
}
