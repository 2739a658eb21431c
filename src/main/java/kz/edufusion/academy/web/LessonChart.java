package kz.edufusion.academy.web;

import java.util.List;
import kz.edufusion.academy.analytics.LessonReach;

/** The drop-off chart's data: lesson numbers and the learners who reached and completed each (null = hidden). */
record LessonChart(String labels, String reached, String completed) {

    static LessonChart of(List<LessonReach> lessons) {
        return new LessonChart(Json.strings(lessons.stream().map(l -> String.valueOf(l.number())).toList()),
                Json.numbers(lessons.stream().map(l -> (Number) l.reached()).toList()),
                Json.numbers(lessons.stream().map(l -> (Number) l.completed()).toList()));
    }
}
