package kz.edufusion.programs.web;

import kz.edufusion.common.web.DomainProblem;
import org.springframework.validation.Errors;

/** Puts a refusal of the service next to the form fields it blames (or at the top of the form). */
final class PageErrors {

    private PageErrors() {
    }

    static void reject(Errors errors, DomainProblem problem) {
        if (!problem.fieldProblems().isEmpty()) {
            problem.fieldProblems().forEach(p -> rejectField(errors, p.field(), p.messageKey(), problem.arguments()));
        } else if (problem.field() != null) {
            rejectField(errors, problem.field(), problem.messageKey(), problem.arguments());
        } else {
            errors.reject(problem.messageKey(), problem.arguments(), null);
        }
    }

    private static void rejectField(Errors errors, String field, String key, Object[] args) {
        try {
            errors.rejectValue(field, key, args, null);
        } catch (org.springframework.beans.NotReadablePropertyException e) {
            // a field the form does not show (the API names more than the form has)
            errors.reject(key, args, null);
        }
    }
}
