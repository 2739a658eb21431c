package kz.edufusion.programs.web;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.programs.domain.CohortDraft;
import kz.edufusion.programs.domain.DisciplineComponent;
import kz.edufusion.programs.domain.DisciplineCycle;
import kz.edufusion.programs.domain.DisciplineDraft;
import kz.edufusion.programs.domain.OutcomeDraft;
import org.springframework.validation.Errors;

/** The small forms of the program page: an outcome, a discipline, a cohort (saving an existing code updates it). */
final class ChildForms {

    private ChildForms() {
    }

    public static class OutcomeForm {
        private String code;
        private String textKk;
        private String textRu;
        private String textEn;

        OutcomeDraft draft() {
            return new OutcomeDraft(code, textKk, textRu, textEn);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getTextKk() { return textKk; }
        public void setTextKk(String textKk) { this.textKk = textKk; }
        public String getTextRu() { return textRu; }
        public void setTextRu(String textRu) { this.textRu = textRu; }
        public String getTextEn() { return textEn; }
        public void setTextEn(String textEn) { this.textEn = textEn; }
    }

    public static class DisciplineForm {
        private String code;
        private String titleKk;
        private String titleRu;
        private String titleEn;
        private String cycle = DisciplineCycle.PD.name();
        private String component = DisciplineComponent.CORE.name();
        private String credits;
        private List<String> outcomeCodes = new ArrayList<>();

        DisciplineDraft draft(Errors errors) {
            return new DisciplineDraft(code, titleKk, titleRu, titleEn,
                    FormValues.choice(DisciplineCycle.class, cycle, "cycle", errors),
                    FormValues.choice(DisciplineComponent.class, component, "component", errors),
                    FormValues.integer(credits, "credits", errors), outcomeCodes);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getTitleKk() { return titleKk; }
        public void setTitleKk(String titleKk) { this.titleKk = titleKk; }
        public String getTitleRu() { return titleRu; }
        public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
        public String getCycle() { return cycle; }
        public void setCycle(String cycle) { this.cycle = cycle; }
        public String getComponent() { return component; }
        public void setComponent(String component) { this.component = component; }
        public String getCredits() { return credits; }
        public void setCredits(String credits) { this.credits = credits; }
        public List<String> getOutcomeCodes() { return outcomeCodes; }
        public void setOutcomeCodes(List<String> outcomeCodes) { this.outcomeCodes = outcomeCodes == null ? new ArrayList<>() : outcomeCodes; }
    }

    public static class CohortForm {
        private String academicYear;
        private String intake;
        private String graduates;

        CohortDraft draft(Errors errors) {
            return new CohortDraft(FormValues.integer(academicYear, "academicYear", errors),
                    FormValues.integer(intake, "intake", errors), FormValues.integer(graduates, "graduates", errors));
        }

        public String getAcademicYear() { return academicYear; }
        public void setAcademicYear(String academicYear) { this.academicYear = academicYear; }
        public String getIntake() { return intake; }
        public void setIntake(String intake) { this.intake = intake; }
        public String getGraduates() { return graduates; }
        public void setGraduates(String graduates) { this.graduates = graduates; }
    }
}
