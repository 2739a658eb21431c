package kz.edufusion.academy.web;

import kz.edufusion.academy.domain.OutcomeInput;
import kz.edufusion.common.LocalizedText;

/** A learning outcome: text in kk/ru/en and the skill, by its label in any language (or its URI). */
public class OutcomeForm {

    private String textKk;
    private String textRu;
    private String textEn;
    private String skill;

    OutcomeInput input() {
        return new OutcomeInput(LocalizedText.of(textKk, textRu, textEn), skill);
    }

    public String getTextKk() { return textKk; }
    public void setTextKk(String v) { textKk = v; }
    public String getTextRu() { return textRu; }
    public void setTextRu(String v) { textRu = v; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String v) { textEn = v; }
    public String getSkill() { return skill; }
    public void setSkill(String v) { skill = v; }
}
