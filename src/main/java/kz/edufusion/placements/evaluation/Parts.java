package kz.edufusion.placements.evaluation;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.domain.PlacementParticipation;
import kz.edufusion.placements.domain.PlacementInputRejected;
import org.springframework.http.HttpStatus;

/**
 * The checks every evaluation action repeats: the reader takes part in the placement (else 404, by the registry),
 * in the part the action needs (else 403: they see the placement, but this is not theirs to do), and the input's
 * field problems collected and thrown together, so nothing is written for a partly valid input.
 */
final class Parts {

    static final int MAX_COMMENT = 2000;

    private Parts() {
    }

    static void require(PlacementParticipation participation, PlacementParty party) {
        if (!participation.is(party)) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "forbidden", "placements.evaluation.problem.notYours");
        }
    }

    static final class Problems {

        private final List<FieldProblem> problems = new ArrayList<>();

        void add(String field, String messageKey) {
            problems.add(new FieldProblem(field, messageKey));
        }

        /** A 1-5 rating that must be given. */
        void rating(String field, Integer value) {
            if (value == null) {
                add(field, "placements.evaluation.validation.required");
            } else if (value < 1 || value > 5) {
                add(field, "placements.evaluation.validation.scale");
            }
        }

        void text(String field, String value, int max) {
            if (value != null && value.length() > max) {
                add(field, "placements.evaluation.validation.tooLong");
            }
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new PlacementInputRejected(problems);
            }
        }
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
