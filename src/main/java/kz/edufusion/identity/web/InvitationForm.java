package kz.edufusion.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import kz.edufusion.identity.Role;

/** Whom to invite, into which organization, in which role, and in which language to write the e-mail. */
public class InvitationForm {

    @NotNull(message = "{pages.validation.choose}")
    private UUID organizationId;
    @NotNull(message = "{pages.validation.choose}")
    private Role role;
    @NotBlank(message = "{pages.validation.required}")
    @Email(message = "{pages.validation.email}")
    @Size(max = 254, message = "{pages.validation.tooLong}")
    private String email;
    @NotBlank(message = "{pages.validation.choose}")
    private String language;

    public UUID getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(UUID organizationId) {
        this.organizationId = organizationId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
