package kz.edufusion.academy.web;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.academy.domain.CriterionInput;
import kz.edufusion.academy.domain.LevelInput;
import kz.edufusion.common.LocalizedText;
import org.springframework.validation.BindingResult;

/** One rubric criterion with up to four levels; rows left blank are not levels. */
public class CriterionForm {

    static final int ROWS = 4;

    private String titleKk;
    private String titleRu;
    private String titleEn;
    private String descriptionKk;
    private String descriptionRu;
    private String descriptionEn;
    private List<Level> levels = new ArrayList<>();

    public CriterionForm() {
        for (int i = 0; i < ROWS; i++) {
            levels.add(new Level());
        }
    }

    CriterionInput input(BindingResult errors) {
        List<LevelInput> rows = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            rows.add(new LevelInput(LocalizedText.of(l.labelKk, l.labelRu, l.labelEn),
                    FormValues.integer(l.points, "levels[" + i + "].points", errors),
                    LocalizedText.of(l.descriptionKk, l.descriptionRu, l.descriptionEn)));
        }
        return new CriterionInput(LocalizedText.of(titleKk, titleRu, titleEn),
                LocalizedText.of(descriptionKk, descriptionRu, descriptionEn), rows);
    }

    public String getTitleKk() { return titleKk; }
    public void setTitleKk(String v) { titleKk = v; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String v) { titleRu = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getDescriptionKk() { return descriptionKk; }
    public void setDescriptionKk(String v) { descriptionKk = v; }
    public String getDescriptionRu() { return descriptionRu; }
    public void setDescriptionRu(String v) { descriptionRu = v; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { descriptionEn = v; }
    public List<Level> getLevels() { return levels; }
    public void setLevels(List<Level> v) { levels = v; }

    /** One level row of the form. */
    public static class Level {
        private String labelKk;
        private String labelRu;
        private String labelEn;
        private String points;
        private String descriptionKk;
        private String descriptionRu;
        private String descriptionEn;

        public String getLabelKk() { return labelKk; }
        public void setLabelKk(String v) { labelKk = v; }
        public String getLabelRu() { return labelRu; }
        public void setLabelRu(String v) { labelRu = v; }
        public String getLabelEn() { return labelEn; }
        public void setLabelEn(String v) { labelEn = v; }
        public String getPoints() { return points; }
        public void setPoints(String v) { points = v; }
        public String getDescriptionKk() { return descriptionKk; }
        public void setDescriptionKk(String v) { descriptionKk = v; }
        public String getDescriptionRu() { return descriptionRu; }
        public void setDescriptionRu(String v) { descriptionRu = v; }
        public String getDescriptionEn() { return descriptionEn; }
        public void setDescriptionEn(String v) { descriptionEn = v; }
    }
}
