package kz.edufusion.academy.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/** A rubric criterion with its levels; rows left entirely blank (a form's spare rows) are not levels. */
public record CriterionInput(LocalizedText title, LocalizedText description, List<LevelInput> levels) {

    public CriterionInput {
        title = Texts.stripped(title);
        description = Texts.stripped(description);
        levels = levels == null ? List.of() : levels.stream().filter(l -> l != null && !l.blank()).toList();
    }

    /**
     * What is wrong with the criterion; fields are named under {@code prefix} ("" on the page's criterion form,
     * "criteria[2]." in the API). A criterion needs a title, at least one level, distinct points (two levels worth
     * the same would make a grade ambiguous) and a best level worth more than nothing.
     */
    List<FieldProblem> problems(String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.check(title, prefix + "title", true, 200, problems);
        Texts.check(description, prefix + "description", false, 1000, problems);
        if (levels.isEmpty()) {
            problems.add(new FieldProblem(prefix + "levels", "academy.assignment.validation.noLevels"));
        }
        Set<Integer> points = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            LevelInput level = levels.get(i);
            String field = prefix + "levels[" + i + "].";
            Texts.check(level.label(), field + "label", true, 200, problems);
            Texts.check(level.description(), field + "description", false, 1000, problems);
            if (level.points() == null || level.points() < 0 || level.points() > 1000) {
                problems.add(new FieldProblem(field + "points", "academy.assignment.validation.points"));
            } else if (!points.add(level.points())) {
                problems.add(new FieldProblem(field + "points", "academy.assignment.validation.duplicatePoints"));
            }
        }
        if (!levels.isEmpty() && levels.stream().allMatch(l -> l.points() == null || l.points() <= 0)) {
            problems.add(new FieldProblem(prefix + "levels", "academy.assignment.validation.noPoints"));
        }
        return problems;
    }

    /** The problems of a whole rubric: at least one criterion, each valid. */
    static List<FieldProblem> rubricProblems(List<CriterionInput> criteria) {
        List<FieldProblem> problems = new ArrayList<>();
        if (criteria == null || criteria.isEmpty()) {
            problems.add(new FieldProblem("criteria", "academy.assignment.validation.noCriteria"));
            return problems;
        }
        for (int i = 0; i < criteria.size(); i++) {
            problems.addAll(criteria.get(i).problems("criteria[" + i + "]."));
        }
        return problems;
    }
}
