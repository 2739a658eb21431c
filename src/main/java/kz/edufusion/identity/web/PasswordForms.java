package kz.edufusion.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The two password forms: asking for a reset link, and choosing the new password with it. */
final class PasswordForms {

    private PasswordForms() {
    }

    public static class Forgot {
        @NotBlank(message = "{pages.validation.required}")
        @Email(message = "{pages.validation.email}")
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    public static class Reset extends NewPasswordForm {
        private String token;

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }
    }
}
