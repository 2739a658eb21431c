package kz.edufusion.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A company and its first representative, as typed on the company sign-up form. */
public class CompanySignUpForm extends NewPasswordForm {

    @Size(max = 300, message = "{pages.validation.tooLong}")
    private String nameKk;
    @Size(max = 300, message = "{pages.validation.tooLong}")
    private String nameRu;
    @Size(max = 300, message = "{pages.validation.tooLong}")
    private String nameEn;
    @NotBlank(message = "{pages.validation.required}")
    @Pattern(regexp = "\\d{12}", message = "{pages.validation.bin}")
    private String bin;
    @NotBlank(message = "{pages.validation.choose}")
    private String regionCode;
    @NotBlank(message = "{pages.validation.choose}")
    private String okedSection;
    @Size(max = 300, message = "{pages.validation.tooLong}")
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{pages.validation.website}")
    private String website;
    @NotBlank(message = "{pages.validation.required}")
    @Size(max = 200, message = "{pages.validation.tooLong}")
    private String fullName;
    @NotBlank(message = "{pages.validation.required}")
    @Email(message = "{pages.validation.email}")
    @Size(max = 254, message = "{pages.validation.tooLong}")
    private String email;
    private String language;

    /** The database requires a name in at least one language; any one of the three will do. */
    boolean anyName() {
        return !(blank(nameKk) && blank(nameRu) && blank(nameEn));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getNameKk() { return nameKk; }
    public void setNameKk(String nameKk) { this.nameKk = nameKk; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getBin() { return bin; }
    public void setBin(String bin) { this.bin = bin; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getOkedSection() { return okedSection; }
    public void setOkedSection(String okedSection) { this.okedSection = okedSection; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
