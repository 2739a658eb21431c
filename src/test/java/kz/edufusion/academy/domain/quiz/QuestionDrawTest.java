package kz.edufusion.academy.domain.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A draw is reproducible from the attempt's seed, whatever order the bank is read in, and varies between seeds. */
class QuestionDrawTest {

    private final List<UUID> bank = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();

    @Test
    void theSameSeedDrawsTheSameQuestionsInTheSameOrder() {
        List<UUID> first = QuestionDraw.draw(bank, 5, 424242L);
        List<UUID> shuffledBank = new ArrayList<>(bank);
        Collections.shuffle(shuffledBank);
        assertThat(QuestionDraw.draw(bank, 5, 424242L)).isEqualTo(first);
        assertThat(QuestionDraw.draw(shuffledBank, 5, 424242L)).as("bank read in another order").isEqualTo(first);
    }

    @Test
    void aDrawHasDistinctQuestionsOfTheBank() {
        List<UUID> drawn = QuestionDraw.draw(bank, 7, 7L);
        assertThat(drawn).hasSize(7).doesNotHaveDuplicates();
        assertThat(bank).containsAll(drawn);
    }

    @Test
    void differentSeedsGiveDifferentDraws() {
        Set<List<UUID>> draws = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            draws.add(QuestionDraw.draw(bank, 5, seed));
        }
        assertThat(draws).hasSizeGreaterThan(25);
    }

    @Test
    void theWholeBankCanBeDrawnButNoMore() {
        assertThat(QuestionDraw.draw(bank, 20, 1L)).containsExactlyInAnyOrderElementsOf(bank);
        assertThatThrownBy(() -> QuestionDraw.draw(bank, 21, 1L)).isInstanceOf(IllegalArgumentException.class);
    }
}
