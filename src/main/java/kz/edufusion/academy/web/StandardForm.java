package kz.edufusion.academy.web;

import kz.edufusion.academy.accreditation.AccreditationCriterion;
import kz.edufusion.academy.accreditation.AccreditationCriterionInput;
import kz.edufusion.common.LocalizedText;
import org.springframework.validation.BindingResult;

/** One standard of the accreditation checklist as typed on the criteria page: code, text in kk/ru/en, order. */
public class StandardForm {

    private String code;
    private String textKk;
    private String textRu;
    private String textEn;
    private String position;

    static StandardForm of(AccreditationCriterion c) {
        StandardForm form = new StandardForm();
        form.code = c.code();
        form.textKk = c.text().kk();
        form.textRu = c.text().ru();
        form.textEn = c.text().en();
        form.position = String.valueOf(c.position());
        return form;
    }

    AccreditationCriterionInput input(BindingResult errors) {
        return new AccreditationCriterionInput(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
                LocalizedText.of(textKk, textRu, textEn), FormValues.integer(position, "position", errors));
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getTextKk() { return textKk; }
    public void setTextKk(String v) { textKk = v; }
    public String getTextRu() { return textRu; }
    public void setTextRu(String v) { textRu = v; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String v) { textEn = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
}
