package kz.edufusion.labormarket.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Link an employer key of the vacancies to a company organization. */
public class LinkForm {

    @NotBlank(message = "{lm.employers.error.unknown}")
    private String employerKey;
    @NotNull(message = "{lm.employers.error.organization}")
    private UUID organizationId;

    public String getEmployerKey() {
        return employerKey;
    }

    public void setEmployerKey(String employerKey) {
        this.employerKey = employerKey;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(UUID organizationId) {
        this.organizationId = organizationId;
    }
}
