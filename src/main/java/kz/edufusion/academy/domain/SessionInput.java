package kz.edufusion.academy.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/** A live session as the owner enters it: a date and local time (Almaty), its length, and an https link, a place or both. */
public record SessionInput(String title, LocalDate date, LocalTime time, Integer minutes, String onlineUrl, String place) {

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "academy.delivery.problem.titleRequired"));
        } else if (title.strip().length() > 200) {
            problems.add(new FieldProblem("title", "academy.delivery.problem.titleTooLong"));
        }
        if (date == null) {
            problems.add(new FieldProblem("date", "academy.delivery.problem.dateRequired"));
        }
        if (time == null) {
            problems.add(new FieldProblem("time", "academy.delivery.problem.timeRequired"));
        }
        if (minutes == null || minutes < 5 || minutes > 600) {
            problems.add(new FieldProblem("minutes", "academy.delivery.problem.minutesRange"));
        }
        String url = blankToNull(onlineUrl);
        String where = blankToNull(place);
        if (url != null && (!url.startsWith("https://") || url.length() > 500 || url.chars().anyMatch(Character::isWhitespace))) {
            problems.add(new FieldProblem("onlineUrl", "academy.delivery.problem.urlHttps"));
        }
        if (where != null && where.length() > 300) {
            problems.add(new FieldProblem("place", "academy.delivery.problem.placeTooLong"));
        }
        if (url == null && where == null) {
            problems.add(new FieldProblem("onlineUrl", "academy.delivery.problem.whereRequired"));
        }
        return problems;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
