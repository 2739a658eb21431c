package kz.edufusion.academy.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A quiz's settings, the same for its owner and its learners (nothing here tells a right answer). */
public record QuizView(UUID id, UUID versionId, UUID moduleId, UUID quizKey, int position, LocalizedText title,
        int passPercent, int maxAttempts, Integer timeLimitMinutes, int drawCount) {
}
