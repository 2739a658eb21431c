package kz.edufusion.academy.web;

import java.util.UUID;
import kz.edufusion.academy.domain.QuizInput;
import kz.edufusion.academy.domain.QuizView;
import kz.edufusion.common.LocalizedText;
import org.springframework.validation.BindingResult;

/** The quiz settings form: module (when adding), title in kk/ru/en, pass mark, attempts, time limit, draw count. */
public class QuizForm {

    private String moduleId;
    private String titleKk;
    private String titleRu;
    private String titleEn;
    private String passPercent = "60";
    private String maxAttempts = "3";
    private String timeLimitMinutes;
    private String drawCount = "1";

    static QuizForm of(QuizView q) {
        QuizForm f = new QuizForm();
        f.moduleId = q.moduleId().toString();
        f.titleKk = q.title().kk();
        f.titleRu = q.title().ru();
        f.titleEn = q.title().en();
        f.passPercent = String.valueOf(q.passPercent());
        f.maxAttempts = String.valueOf(q.maxAttempts());
        f.timeLimitMinutes = q.timeLimitMinutes() == null ? null : String.valueOf(q.timeLimitMinutes());
        f.drawCount = String.valueOf(q.drawCount());
        return f;
    }

    QuizInput input(BindingResult errors) {
        return new QuizInput(LocalizedText.of(titleKk, titleRu, titleEn), FormValues.integer(passPercent, "passPercent", errors),
                FormValues.integer(maxAttempts, "maxAttempts", errors), FormValues.integer(timeLimitMinutes, "timeLimitMinutes", errors),
                FormValues.integer(drawCount, "drawCount", errors));
    }

    UUID module(BindingResult errors) {
        try {
            return UUID.fromString(moduleId == null ? "" : moduleId);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("moduleId", "academyQuiz.validation.module");
            return null;
        }
    }

    public String getModuleId() { return moduleId; }
    public void setModuleId(String v) { moduleId = v; }
    public String getTitleKk() { return titleKk; }
    public void setTitleKk(String v) { titleKk = v; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String v) { titleRu = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getPassPercent() { return passPercent; }
    public void setPassPercent(String v) { passPercent = v; }
    public String getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(String v) { maxAttempts = v; }
    public String getTimeLimitMinutes() { return timeLimitMinutes; }
    public void setTimeLimitMinutes(String v) { timeLimitMinutes = v; }
    public String getDrawCount() { return drawCount; }
    public void setDrawCount(String v) { drawCount = v; }
}
