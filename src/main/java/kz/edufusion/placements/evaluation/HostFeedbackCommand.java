package kz.edufusion.placements.evaluation;

/** The host feedback form as submitted (every rating 1-5 and the recommendation required, the text optional). */
public record HostFeedbackCommand(Integer mentoring, Integer tasks, Integer conditions, Boolean wouldRecommend, String text) {
}
