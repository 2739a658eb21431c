package kz.edufusion.placements.supervision;

import java.time.Instant;
import kz.edufusion.placements.PlacementParty;

/** One message of an entry's thread; {@code returned} marks the comment the mentor returned the entry with. */
public record CommentView(String authorName, PlacementParty party, String body, boolean returned, Instant createdAt) {
}
