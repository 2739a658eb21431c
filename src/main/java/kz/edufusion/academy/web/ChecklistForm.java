package kz.edufusion.academy.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.academy.domain.Checklist;
import kz.edufusion.academy.domain.ChecklistAnswer;
import kz.edufusion.academy.domain.ChecklistItem;

/** Both checklists: for each item yes (checked) or no, and the evidence, keyed by the item's code. */
public class ChecklistForm {

    private Map<String, Boolean> yes = new HashMap<>();
    private Map<String, String> evidence = new HashMap<>();

    static ChecklistForm of(Checklist checklist) {
        ChecklistForm f = new ChecklistForm();
        checklist.answers().values().forEach(a -> {
            f.yes.put(a.item().name(), a.yes());
            f.evidence.put(a.item().name(), a.evidence());
        });
        return f;
    }

    List<ChecklistAnswer> answers() {
        List<ChecklistAnswer> answers = new ArrayList<>();
        for (ChecklistItem item : ChecklistItem.values()) {
            answers.add(new ChecklistAnswer(item, Boolean.TRUE.equals(yes.get(item.name())), evidence.get(item.name())));
        }
        return answers;
    }

    public Map<String, Boolean> getYes() { return yes; }
    public void setYes(Map<String, Boolean> v) { yes = v == null ? new HashMap<>() : v; }
    public Map<String, String> getEvidence() { return evidence; }
    public void setEvidence(Map<String, String> v) { evidence = v == null ? new HashMap<>() : v; }
}
