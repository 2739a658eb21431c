package kz.edufusion.common.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void agreesWithAHashMapThroughManyGrowths() {
        LongIntMap map = new LongIntMap(1);
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 200_000; n++) {
            long key = random.nextLong(50_000) - 25_000;
            if (random.nextBoolean()) {
                map.put(key, n);
                expected.put(key, n);
            } else {
                Integer before = expected.putIfAbsent(key, n);
                assertThat(map.getOrPut(key, n)).isEqualTo(before == null ? n : before);
            }
        }
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
        assertThat(map.get(1L << 40)).isEqualTo(-1);
    }

    @Test
    void getOrPutKeepsTheFirstValue() {
        LongIntMap map = new LongIntMap(4);
        assertThat(map.getOrPut(42, 0)).isZero();
        assertThat(map.getOrPut(42, 1)).isZero();
        assertThat(map.getOrPut(-42, 1)).isEqualTo(1);
        assertThat(map.size()).isEqualTo(2);
    }
}
