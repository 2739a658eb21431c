package kz.edufusion.identity.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.edufusion.identity.OrganizationType;

/** An organization an administrator creates directly (already checked, so it starts ACTIVE). */
public class OrganizationForm {

    @NotNull(message = "{pages.validation.choose}")
    private OrganizationType type;
    @Size(max = 300, message = "{pages.validation.tooLong}")
    private String nameKk;
    @Size(max = 300, message = "{pages.validation.tooLong}")
    private String nameRu;
    @Size(max = 300, message = "{pages.validation.tooLong}")
    private String nameEn;
    @Size(max = 60, message = "{pages.validation.tooLong}")
    private String shortName;
    /** Optional here: a ministry or a foreign partner has no Kazakh company BIN. */
    @Pattern(regexp = "^$|^\\d{12}$", message = "{pages.validation.bin}")
    private String bin;
    private String regionCode;
    private String okedSection;
    @Size(max = 300, message = "{pages.validation.tooLong}")
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{pages.validation.website}")
    private String website;

    boolean anyName() {
        return !(blank(nameKk) && blank(nameRu) && blank(nameEn));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public OrganizationType getType() { return type; }
    public void setType(OrganizationType type) { this.type = type; }
    public String getNameKk() { return nameKk; }
    public void setNameKk(String nameKk) { this.nameKk = nameKk; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getBin() { return bin; }
    public void setBin(String bin) { this.bin = bin; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getOkedSection() { return okedSection; }
    public void setOkedSection(String okedSection) { this.okedSection = okedSection; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
