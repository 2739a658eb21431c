package kz.edufusion.academy.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A whole lesson: the Markdown as written and the safe HTML rendered from it, with the embed of its video. */
public record LessonContent(UUID id, UUID versionId, UUID moduleId, UUID lessonKey, int position, LocalizedText title,
        LocalizedText markdown, LocalizedText html, String videoEmbed, String videoLink, Integer minutes) {
}
