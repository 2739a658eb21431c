package kz.edufusion.common.collections;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values without boxing, for the engines' packed keys (the skill
 * dictionary's trie edges, the gap analysis's demand cells: millions of entries where a {@code HashMap<Long,
 * Integer>} would cost an object per key). {@code Long.MIN_VALUE} cannot be a key. Not thread-safe while filled.
 */
public final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    /** The value of the key, or -1 when it has none. */
    public int get(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    public void put(long key, int value) {
        growIfFull();
        int i = slot(key);
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** The value of the key, or {@code value} after storing it when the key is new: one probe for both. */
    public int getOrPut(long key, int value) {
        growIfFull();
        int i = slot(key);
        if (keys[i] == key) {
            return values[i];
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return value;
    }

    public int size() {
        return size;
    }

    /** The key's slot, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Keeps the table at most half full, so probes stay short. */
    private void growIfFull() {
        if ((size + 1) * 2 <= keys.length) {
            return;
        }
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
