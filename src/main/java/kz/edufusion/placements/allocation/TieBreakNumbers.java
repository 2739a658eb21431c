package kz.edufusion.placements.allocation;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** A distinct number per student (0 .. n-1, smaller wins) that breaks ties between equal scores. */
final class TieBreakNumbers {

    private TieBreakNumbers() {
    }

    static int[] of(TieBreak tieBreak, long seed, List<StudentEntry> students) {
        return tieBreak == TieBreak.STUDENT_ID ? byId(students) : lottery(seed, students.size());
    }

    /** Fisher-Yates over the students in file order, drawn from SplittableRandom(seed): documented, so reproducible. */
    static int[] lottery(long seed, int n) {
        int[] numbers = new int[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = numbers[i];
            numbers[i] = numbers[j];
            numbers[j] = swap;
        }
        return numbers;
    }

    private static int[] byId(List<StudentEntry> students) {
        Integer[] order = new Integer[students.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> students.get(a).id().compareTo(students.get(b).id()));
        int[] numbers = new int[order.length];
        for (int position = 0; position < order.length; position++) {
            numbers[order[position]] = position;
        }
        return numbers;
    }
}
