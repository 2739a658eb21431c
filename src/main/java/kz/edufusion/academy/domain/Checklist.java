package kz.edufusion.academy.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/** The answers of one version to both checklists, and the marks they earn. Unanswered items count as no. */
public record Checklist(Map<ChecklistItem, ChecklistAnswer> answers) {

    public Checklist {
        answers = Map.copyOf(answers);
    }

    public static Checklist of(List<ChecklistAnswer> list) {
        Map<ChecklistItem, ChecklistAnswer> map = new EnumMap<>(ChecklistItem.class);
        list.forEach(a -> map.put(a.item(), a));
        return new Checklist(map);
    }

    public boolean passes(InclusionMark mark) {
        return ChecklistItem.of(mark).stream().allMatch(i -> {
            ChecklistAnswer a = answers.get(i);
            return a != null && a.yes() && a.evidence() != null;
        });
    }

    public ChecklistAnswer answer(ChecklistItem item) {
        return answers.get(item);
    }

    /** A yes needs its evidence; no evidence may be longer than {@link ChecklistAnswer#MAX_EVIDENCE}. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        for (ChecklistAnswer a : answers.values()) {
            if (a.yes() && a.evidence() == null) {
                problems.add(new FieldProblem("evidence[" + a.item().name() + "]", "academy.validation.evidenceRequired"));
            } else if (a.evidence() != null && a.evidence().length() > ChecklistAnswer.MAX_EVIDENCE) {
                problems.add(new FieldProblem("evidence[" + a.item().name() + "]", "academy.validation.tooLong.1000"));
            }
        }
        return problems;
    }
}
