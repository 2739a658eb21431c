package kz.edufusion.alignment.engine;

import java.util.function.IntUnaryOperator;

/** Demand entries grouped by an int key (compressed rows: the entries of key k are start[k] until start[k + 1]). */
final class Entries {

    final int[] start;
    final int[] section;
    final int[] skill;
    final double[] weighted;
    final int[] raw;
    final int[] recent;
    final int[] previous;
    final int[] salaried;
    final double[] salarySum;

    private Entries(int keys, int n) {
        start = new int[keys + 1];
        section = new int[n];
        skill = new int[n];
        weighted = new double[n];
        raw = new int[n];
        recent = new int[n];
        previous = new int[n];
        salaried = new int[n];
        salarySum = new double[n];
    }

    /** Counting sort of the table's rows by key. */
    static Entries group(SlotTable table, int keys, IntUnaryOperator keyOf) {
        Entries e = new Entries(keys, table.size);
        int[] key = new int[table.size];
        for (int i = 0; i < table.size; i++) {
            key[i] = keyOf.applyAsInt(i);
            e.start[key[i] + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            e.start[k + 1] += e.start[k];
        }
        int[] next = java.util.Arrays.copyOf(e.start, keys);
        for (int i = 0; i < table.size; i++) {
            int at = next[key[i]]++;
            e.section[at] = table.section[i];
            e.skill[at] = table.skill[i];
            e.weighted[at] = table.weighted[i];
            e.raw[at] = table.raw[i];
            e.recent[at] = table.recent[i];
            e.previous[at] = table.previous[i];
            e.salaried[at] = table.salaried[i];
            e.salarySum[at] = table.salarySum[i];
        }
        return e;
    }
}
