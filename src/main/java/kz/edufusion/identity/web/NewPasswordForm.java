package kz.edufusion.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The part of a form that sets a new password, validated the same way everywhere: at least 10 characters,
 * and typed twice (checked by {@link Forms#requireConfirmedPassword}) so a typo does not lock the user out.
 */
public abstract class NewPasswordForm implements Forms.NewPassword {

    @NotBlank(message = "{pages.validation.required}")
    @Size(min = 10, max = 200, message = "{pages.validation.passwordLength}")
    private String password;
    @NotBlank(message = "{pages.validation.required}")
    private String passwordConfirmation;

    @Override
    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}
