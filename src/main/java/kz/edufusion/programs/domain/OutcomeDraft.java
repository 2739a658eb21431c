package kz.edufusion.programs.domain;

/** A learning outcome as entered: its code within the program (LO1, РО-2 ...) and its text in up to three languages. */
public record OutcomeDraft(String code, String textKk, String textRu, String textEn) {

    public OutcomeDraft {
        code = Texts.clean(code);
        textKk = Texts.clean(textKk);
        textRu = Texts.clean(textRu);
        textEn = Texts.clean(textEn);
    }
}
