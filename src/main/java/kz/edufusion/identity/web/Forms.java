package kz.edufusion.identity.web;

import java.util.Objects;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.validation.BindingResult;

/** Small checks shared by the forms that go beyond single-field Bean Validation. */
final class Forms {

    private Forms() {
    }

    /** A form that sets a new password: the two entries must match so a typo does not lock the user out. */
    interface NewPassword {
        String getPassword();

        String getPasswordConfirmation();
    }

    static void requireConfirmedPassword(NewPassword form, BindingResult result) {
        if (!result.hasFieldErrors("passwordConfirmation") && !Objects.equals(form.getPassword(), form.getPasswordConfirmation())) {
            result.rejectValue("passwordConfirmation", "pages.validation.passwordMismatch");
        }
    }

    /** Shows a business refusal next to the field it concerns, or above the form when it concerns none. */
    static void reject(BindingResult result, DomainProblem problem, String field) {
        if (field == null) {
            result.reject(problem.messageKey(), problem.arguments(), null);
        } else {
            result.rejectValue(field, problem.messageKey(), problem.arguments(), null);
        }
    }
}
