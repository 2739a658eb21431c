package kz.edufusion.placements.web;

import kz.edufusion.placements.evaluation.HostFeedbackCommand;

/** The student's host feedback form (ratings as radio values 1-5, recommend yes/no). */
public class HostFeedbackForm {

    private String mentoring;
    private String tasks;
    private String conditions;
    private String wouldRecommend;
    private String text;

    HostFeedbackCommand command(org.springframework.validation.BindingResult errors) {
        Boolean recommend = "true".equals(wouldRecommend) ? Boolean.TRUE : "false".equals(wouldRecommend) ? Boolean.FALSE : null;
        return new HostFeedbackCommand(FormValues.integer(mentoring, "mentoring", errors), FormValues.integer(tasks, "tasks", errors),
                FormValues.integer(conditions, "conditions", errors), recommend, text);
    }

    public String getMentoring() {
        return mentoring;
    }

    public void setMentoring(String mentoring) {
        this.mentoring = mentoring;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getWouldRecommend() {
        return wouldRecommend;
    }

    public void setWouldRecommend(String wouldRecommend) {
        this.wouldRecommend = wouldRecommend;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
