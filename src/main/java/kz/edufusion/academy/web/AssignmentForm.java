package kz.edufusion.academy.web;

import kz.edufusion.academy.domain.AssignmentInput;
import kz.edufusion.academy.domain.AssignmentView;
import kz.edufusion.academy.domain.Resubmission;
import kz.edufusion.common.LocalizedText;
import org.springframework.validation.BindingResult;

/** The assignment form: title and Markdown instructions in kk/ru/en, pass mark, kinds handed in, due days, resubmission. */
public class AssignmentForm {

    private String titleKk;
    private String titleRu;
    private String titleEn;
    private String instructionsKk;
    private String instructionsRu;
    private String instructionsEn;
    private String passPercent = "60";
    private boolean acceptsText = true;
    private boolean acceptsFile = true;
    private String fileMaxMb = "10";
    private String dueDays;
    private String resubmission = Resubmission.UNTIL_PASSED.name();

    static AssignmentForm of(AssignmentView a) {
        AssignmentForm f = new AssignmentForm();
        f.titleKk = a.title().kk();
        f.titleRu = a.title().ru();
        f.titleEn = a.title().en();
        f.instructionsKk = a.instructions().kk();
        f.instructionsRu = a.instructions().ru();
        f.instructionsEn = a.instructions().en();
        f.passPercent = String.valueOf(a.passPercent());
        f.acceptsText = a.acceptsText();
        f.acceptsFile = a.acceptsFile();
        f.fileMaxMb = String.valueOf(a.fileMaxMb());
        f.dueDays = a.dueDays() == null ? null : String.valueOf(a.dueDays());
        f.resubmission = a.resubmission().name();
        return f;
    }

    AssignmentInput input(BindingResult errors) {
        return new AssignmentInput(LocalizedText.of(titleKk, titleRu, titleEn), LocalizedText.of(instructionsKk, instructionsRu,
                instructionsEn), FormValues.integer(passPercent, "passPercent", errors), acceptsText, acceptsFile,
                FormValues.integer(fileMaxMb, "fileMaxMb", errors), FormValues.integer(dueDays, "dueDays", errors),
                FormValues.constant(Resubmission.class, resubmission, "resubmission", errors));
    }

    public String getTitleKk() { return titleKk; }
    public void setTitleKk(String v) { titleKk = v; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String v) { titleRu = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getInstructionsKk() { return instructionsKk; }
    public void setInstructionsKk(String v) { instructionsKk = v; }
    public String getInstructionsRu() { return instructionsRu; }
    public void setInstructionsRu(String v) { instructionsRu = v; }
    public String getInstructionsEn() { return instructionsEn; }
    public void setInstructionsEn(String v) { instructionsEn = v; }
    public String getPassPercent() { return passPercent; }
    public void setPassPercent(String v) { passPercent = v; }
    public boolean isAcceptsText() { return acceptsText; }
    public void setAcceptsText(boolean v) { acceptsText = v; }
    public boolean isAcceptsFile() { return acceptsFile; }
    public void setAcceptsFile(boolean v) { acceptsFile = v; }
    public String getFileMaxMb() { return fileMaxMb; }
    public void setFileMaxMb(String v) { fileMaxMb = v; }
    public String getDueDays() { return dueDays; }
    public void setDueDays(String v) { dueDays = v; }
    public String getResubmission() { return resubmission; }
    public void setResubmission(String v) { resubmission = v; }
}
