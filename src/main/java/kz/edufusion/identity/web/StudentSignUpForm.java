package kz.edufusion.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What a student types to sign up; a mutable bean because the form is re-shown with the user's input. */
public class StudentSignUpForm extends NewPasswordForm {

    @NotBlank(message = "{pages.validation.required}")
    @Size(max = 200, message = "{pages.validation.tooLong}")
    private String fullName;
    @NotBlank(message = "{pages.validation.required}")
    @Email(message = "{pages.validation.email}")
    @Size(max = 254, message = "{pages.validation.tooLong}")
    private String email;
    @NotNull(message = "{pages.validation.choose}")
    private UUID universityId;
    @NotBlank(message = "{pages.validation.choose}")
    private String language;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public UUID getUniversityId() {
        return universityId;
    }

    public void setUniversityId(UUID universityId) {
        this.universityId = universityId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
