package kz.edufusion.placements.rounds;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.http.HttpStatus;

/**
 * A publication refused as a whole (409): nothing was published, and each blocker names the student, the offer and
 * why the placement could not be made (no seat left at the offer, or the student holds an overlapping placement).
 */
public class RoundPublishRefused extends DomainProblem {

    private final transient List<Blocker> blockers;

    public RoundPublishRefused(List<Blocker> blockers) {
        super(HttpStatus.CONFLICT, "conflict", "placements.rounds.problem.publishRefused", blockers.size());
        this.blockers = List.copyOf(blockers);
    }

    public List<Blocker> blockers() {
        return blockers;
    }

    /** {@code messageKey} with {@code arguments}: the refusal of the placement registry, in the reader's language. */
    public record Blocker(UUID studentId, String studentName, UUID offerId, LocalizedText offerTitle, String messageKey,
            List<Object> arguments) {

        public Blocker {
            arguments = List.copyOf(arguments);
        }
    }
}
