package kz.edufusion.academy.domain;

/** One answer of a checklist: yes or no, and the evidence (required for a yes: what a reader can check). */
public record ChecklistAnswer(ChecklistItem item, boolean yes, String evidence) {

    public static final int MAX_EVIDENCE = 1000;

    public ChecklistAnswer {
        evidence = Texts.blank(evidence);
    }
}
