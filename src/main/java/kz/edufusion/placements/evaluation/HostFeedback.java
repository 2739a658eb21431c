package kz.edufusion.placements.evaluation;

import java.time.Instant;

/** The student's feedback on the host: mentoring, tasks and conditions rated 1-5, would they recommend it, a text. */
public record HostFeedback(int mentoring, int tasks, int conditions, boolean wouldRecommend, String text, Instant submittedAt) {
}
