package kz.edufusion.academy.launch;

import java.util.UUID;

/**
 * A resolved launch: who learns, in which course and version, under which registration (the enrollment id, also the
 * xAPI context.registration of every statement that follows) and which lesson to show first.
 */
public record LaunchContext(LaunchSource source, UUID personId, UUID courseId, UUID versionId, UUID registration,
        UUID lessonId) {
}
