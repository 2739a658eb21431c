package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.edufusion.academy.CourseFormat;
import kz.edufusion.academy.CourseLevel;
import kz.edufusion.academy.Delivery;
import kz.edufusion.common.Languages;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/**
 * What the catalog says about a version: texts in kk/ru/en (a title in one language is enough), level, workload
 * (hours and ECTS credits), format and delivery, the languages it is taught in, tags and prerequisite courses.
 * A null value is one the form could not read; it is reported as a problem of its field.
 */
public record CourseDetails(LocalizedText title, LocalizedText summary, LocalizedText description, CourseLevel level,
        Integer hours, BigDecimal ects, CourseFormat format, Delivery delivery, List<String> languages, List<String> tags,
        List<UUID> prerequisites) {

    static final int MAX_TAGS = 12;
    private static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} +#.-]{0,39}$");

    public CourseDetails {
        title = Texts.stripped(title);
        summary = Texts.stripped(summary);
        description = Texts.stripped(description);
        languages = languages == null ? List.of() : languages.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).distinct().toList();
        tags = tags == null ? List.of() : tags.stream().filter(t -> t != null && !t.isBlank()).map(t -> t.strip().toLowerCase())
                .distinct().toList();
        prerequisites = prerequisites == null ? List.of() : prerequisites.stream().distinct().toList();
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.check(title, "title", true, 200, problems);
        Texts.check(summary, "summary", false, 1000, problems);
        Texts.check(description, "description", false, 10000, problems);
        if (level == null) {
            problems.add(new FieldProblem("level", "academy.validation.required"));
        }
        if (hours == null || hours < 1 || hours > 2000) {
            problems.add(new FieldProblem("hours", "academy.validation.hours"));
        }
        if (ects == null || ects.signum() < 0 || ects.compareTo(BigDecimal.valueOf(60)) > 0 || ects.scale() > 1) {
            problems.add(new FieldProblem("ects", "academy.validation.ects"));
        }
        if (format == null) {
            problems.add(new FieldProblem("format", "academy.validation.required"));
        }
        if (delivery == null) {
            problems.add(new FieldProblem("delivery", "academy.validation.required"));
        }
        if (languages.isEmpty() || !languages.stream().allMatch(Languages::isSupported)) {
            problems.add(new FieldProblem("languages", "academy.validation.languages"));
        }
        if (tags.size() > MAX_TAGS || !tags.stream().allMatch(t -> TAG.matcher(t).matches())) {
            problems.add(new FieldProblem("tags", "academy.validation.tags"));
        }
        return problems;
    }
}
