package kz.edufusion.identity.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new personal API token: a name to recognise it by and how many days it lives (0 = until revoked). */
public class ApiTokenForm {

    @NotBlank(message = "{pages.validation.required}")
    @Size(max = 100, message = "{pages.validation.tooLong}")
    private String name;
    @NotNull(message = "{pages.validation.required}")
    @Min(value = 0, message = "{pages.validation.days}")
    @Max(value = 3650, message = "{pages.validation.days}")
    private Integer validDays = 90;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }
}
