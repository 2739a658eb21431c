package kz.edufusion.skills.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The skill that the shown skill (a duplicate) is merged into: its URI or the last segment of it. */
public class MergeForm {

    @NotBlank(message = "{skills.validation.required}")
    @Size(max = 300, message = "{skills.validation.tooLong}")
    private String target;

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
