package kz.edufusion.academy.domain.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Draws the questions of one attempt from a quiz's bank. The draw depends only on the bank and the attempt's seed:
 * the bank is put in a fixed order (by id) and shuffled with {@link Random}, whose algorithm the Java specification
 * fixes, so the same seed gives the same questions in the same order on any JVM. The seed is stored with the
 * attempt, which is what lets a reload show the same questions; the drawn ids are stored too, so a later change of
 * the bank in a new draft cannot change an attempt already running.
 */
public final class QuestionDraw {

    private QuestionDraw() {
    }

    public static List<UUID> draw(List<UUID> bank, int count, long seed) {
        if (count < 0 || count > bank.size()) {
            throw new IllegalArgumentException("cannot draw " + count + " of " + bank.size() + " questions");
        }
        List<UUID> ordered = new ArrayList<>(bank);
        ordered.sort(Comparator.naturalOrder());
        Collections.shuffle(ordered, new Random(seed));
        return List.copyOf(ordered.subList(0, count));
    }
}
