package kz.edufusion.identity.web;

/**
 * A newcomer's name and password on the invitation page. Deliberately without Bean Validation annotations:
 * someone who already has an account accepts with an empty form, so the controller checks these fields
 * only for newcomers.
 */
public class InvitationAcceptForm implements Forms.NewPassword {

    private String fullName;
    private String password;
    private String passwordConfirmation;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

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
