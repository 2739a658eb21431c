package kz.edufusion.academy.web;

import kz.edufusion.common.LocalizedText;

/** A title in kk/ru/en (modules). */
public class TitleForm {

    private String titleKk;
    private String titleRu;
    private String titleEn;

    LocalizedText title() {
        return LocalizedText.of(titleKk, titleRu, titleEn);
    }

    public String getTitleKk() { return titleKk; }
    public void setTitleKk(String v) { titleKk = v; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String v) { titleRu = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
}
