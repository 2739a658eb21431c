package kz.edufusion.academy.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import kz.edufusion.academy.domain.OptionInput;
import kz.edufusion.academy.domain.QuestionInput;
import kz.edufusion.academy.domain.QuestionView;
import kz.edufusion.academy.domain.quiz.QuestionKind;
import kz.edufusion.common.LocalizedText;
import org.springframework.validation.BindingResult;

/**
 * The question form. Options are written one a line, a line starting with {@code *} being a correct option; the
 * form gives an option one text for every language (the API takes kk/ru/en apart). Accepted answers one a line.
 */
public class QuestionForm {

    private String kind = QuestionKind.SINGLE_CHOICE.name();
    private String textKk;
    private String textRu;
    private String textEn;
    private String points = "1";
    private String options;
    private String expected;
    private String tolerance;
    private String acceptedAnswers;

    static QuestionForm of(QuestionView q) {
        QuestionForm f = new QuestionForm();
        f.kind = q.kind().name();
        f.textKk = q.text().kk();
        f.textRu = q.text().ru();
        f.textEn = q.text().en();
        f.points = String.valueOf(q.points());
        f.options = q.options().stream().map(o -> (o.correct() ? "* " : "") + o.text().in("en")).collect(Collectors.joining("\n"));
        f.expected = q.expected() == null ? null : q.expected().stripTrailingZeros().toPlainString();
        f.tolerance = q.tolerance() == null ? null : q.tolerance().stripTrailingZeros().toPlainString();
        f.acceptedAnswers = String.join("\n", q.acceptedAnswers());
        return f;
    }

    QuestionInput input(BindingResult errors) {
        List<OptionInput> parsed = lines(options).stream().map(line -> {
            boolean correct = line.startsWith("*");
            String text = correct ? line.substring(1).strip() : line;
            return new OptionInput(LocalizedText.of(text, text, text), correct);
        }).toList();
        return new QuestionInput(FormValues.constant(QuestionKind.class, kind, "kind", errors), LocalizedText.of(textKk, textRu, textEn),
                FormValues.integer(points, "points", errors), parsed, FormValues.decimal(expected, "expected", errors),
                FormValues.decimal(tolerance, "tolerance", errors), lines(acceptedAnswers));
    }

    /** The form field that shows a domain field's error (texts show under English, correct flags under options). */
    static String formField(String field) {
        return switch (field) {
            case "text" -> "textEn";
            case "correctOptions" -> "options";
            default -> field;
        };
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getTextKk() { return textKk; }
    public void setTextKk(String v) { textKk = v; }
    public String getTextRu() { return textRu; }
    public void setTextRu(String v) { textRu = v; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String v) { textEn = v; }
    public String getPoints() { return points; }
    public void setPoints(String v) { points = v; }
    public String getOptions() { return options; }
    public void setOptions(String v) { options = v; }
    public String getExpected() { return expected; }
    public void setExpected(String v) { expected = v; }
    public String getTolerance() { return tolerance; }
    public void setTolerance(String v) { tolerance = v; }
    public String getAcceptedAnswers() { return acceptedAnswers; }
    public void setAcceptedAnswers(String v) { acceptedAnswers = v; }
}
