package kz.edufusion.academy.web;

import kz.edufusion.academy.domain.AcademyInputRejected;
import org.springframework.validation.BindingResult;

/** The domain's field problems as errors of the form's fields, so one round trip shows every mistake. */
final class Rejections {

    private Rejections() {
    }

    static void onForm(AcademyInputRejected rejected, BindingResult errors) {
        rejected.fieldProblems().stream().filter(p -> !errors.hasFieldErrors(p.field()))
                .forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
    }
}
