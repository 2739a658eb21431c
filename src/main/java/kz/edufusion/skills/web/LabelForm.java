package kz.edufusion.skills.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A label or synonym an administrator adds to a skill. */
public class LabelForm {

    @NotBlank(message = "{skills.validation.required}")
    @Size(max = 200, message = "{skills.validation.tooLong}")
    private String text;
    @NotBlank(message = "{skills.validation.choose}")
    @Pattern(regexp = "kk|ru|en", message = "{skills.validation.choose}")
    private String language = "ru";
    @NotBlank(message = "{skills.validation.choose}")
    @Pattern(regexp = "PREFERRED|SYNONYM", message = "{skills.validation.choose}")
    private String kind = "SYNONYM";

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
