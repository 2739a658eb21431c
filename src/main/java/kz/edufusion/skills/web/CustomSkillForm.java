package kz.edufusion.skills.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new custom skill: labels in en/ru/kk (at least one), type and optionally the broader ESCO concept's URI. */
public class CustomSkillForm {

    @Size(max = 200, message = "{skills.validation.tooLong}")
    private String labelEn;
    @Size(max = 200, message = "{skills.validation.tooLong}")
    private String labelRu;
    @Size(max = 200, message = "{skills.validation.tooLong}")
    private String labelKk;
    @NotBlank(message = "{skills.validation.choose}")
    @Pattern(regexp = "skill|knowledge|transversal|language", message = "{skills.validation.choose}")
    private String type = "skill";
    @Size(max = 300, message = "{skills.validation.tooLong}")
    @Pattern(regexp = "(https?://\\S+)?", message = "{skills.validation.uri}")
    private String broaderUri;

    boolean hasLabel() {
        return !(isBlank(labelEn) && isBlank(labelRu) && isBlank(labelKk));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelRu() {
        return labelRu;
    }

    public void setLabelRu(String labelRu) {
        this.labelRu = labelRu;
    }

    public String getLabelKk() {
        return labelKk;
    }

    public void setLabelKk(String labelKk) {
        this.labelKk = labelKk;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getBroaderUri() {
        return broaderUri;
    }

    public void setBroaderUri(String broaderUri) {
        this.broaderUri = broaderUri;
    }
}
