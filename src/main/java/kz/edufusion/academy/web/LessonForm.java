package kz.edufusion.academy.web;

import kz.edufusion.academy.domain.LessonContent;
import kz.edufusion.academy.domain.LessonInput;
import kz.edufusion.common.LocalizedText;
import org.springframework.validation.BindingResult;

/** The lesson form: title and Markdown body in kk/ru/en, a video link (YouTube or Vimeo), minutes of work. */
public class LessonForm {

    private String titleKk;
    private String titleRu;
    private String titleEn;
    private String bodyKk;
    private String bodyRu;
    private String bodyEn;
    private String videoLink;
    private String minutes;

    static LessonForm of(LessonContent l) {
        LessonForm f = new LessonForm();
        f.titleKk = l.title().kk();
        f.titleRu = l.title().ru();
        f.titleEn = l.title().en();
        f.bodyKk = l.markdown().kk();
        f.bodyRu = l.markdown().ru();
        f.bodyEn = l.markdown().en();
        f.videoLink = l.videoLink();
        f.minutes = l.minutes() == null ? null : String.valueOf(l.minutes());
        return f;
    }

    LessonInput input(BindingResult errors) {
        return new LessonInput(LocalizedText.of(titleKk, titleRu, titleEn), LocalizedText.of(bodyKk, bodyRu, bodyEn), videoLink,
                FormValues.integer(minutes, "minutes", errors));
    }

    public String getTitleKk() { return titleKk; }
    public void setTitleKk(String v) { titleKk = v; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String v) { titleRu = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getBodyKk() { return bodyKk; }
    public void setBodyKk(String v) { bodyKk = v; }
    public String getBodyRu() { return bodyRu; }
    public void setBodyRu(String v) { bodyRu = v; }
    public String getBodyEn() { return bodyEn; }
    public void setBodyEn(String v) { bodyEn = v; }
    public String getVideoLink() { return videoLink; }
    public void setVideoLink(String v) { videoLink = v; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String v) { minutes = v; }
}
