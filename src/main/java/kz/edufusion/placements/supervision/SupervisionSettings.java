package kz.edufusion.placements.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the trainee diary and its reminders ({@code edufusion.placements.supervision.*}).
 *
 * @param attachmentMaxSize    largest attachment of an entry (5 MB)
 * @param attachmentsPerEntry  attachments one entry may hold (3)
 * @param lateAfterWorkingDays a diary whose last entry is older than this many working days is late (3)
 * @param digestAfterDays      the mentor's digest lists entries pending for longer than this many days (2)
 */
@ConfigurationProperties("edufusion.placements.supervision")
public record SupervisionSettings(
        @DefaultValue("5MB") DataSize attachmentMaxSize,
        @DefaultValue("3") int attachmentsPerEntry,
        @DefaultValue("3") int lateAfterWorkingDays,
        @DefaultValue("2") int digestAfterDays) {
}
