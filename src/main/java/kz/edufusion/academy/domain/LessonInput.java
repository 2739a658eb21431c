package kz.edufusion.academy.domain;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/** A lesson as its author writes it: title and Markdown body in kk/ru/en, an optional video link, minutes of work. */
public record LessonInput(LocalizedText title, LocalizedText body, String videoLink, Integer minutes) {

    public LessonInput {
        title = Texts.stripped(title);
        body = Texts.stripped(body);
        videoLink = Texts.blank(videoLink);
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.check(title, "title", true, 200, problems);
        Texts.check(body, "body", false, LessonMarkdown.MAX_LENGTH, problems);
        if (videoLink != null && VideoLinks.embed(videoLink).isEmpty()) {
            problems.add(new FieldProblem("videoLink", "academy.validation.videoLink"));
        }
        if (minutes != null && (minutes < 1 || minutes > 600)) {
            problems.add(new FieldProblem("minutes", "academy.validation.minutes"));
        }
        return problems;
    }
}
