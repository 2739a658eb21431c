package kz.edufusion.alignment.engine;

import java.util.Arrays;

/** Growable columns of demand entries (ISCO group, region, section, skill and the sums kept for each). */
final class SlotTable {

    int size;
    int[] isco = new int[1024];
    int[] region = new int[1024];
    int[] section = new int[1024];
    int[] skill = new int[1024];
    double[] weighted = new double[1024];
    int[] raw = new int[1024];
    int[] recent = new int[1024];
    int[] previous = new int[1024];
    int[] salaried = new int[1024];
    double[] salarySum = new double[1024];

    void append(int g, int r, int sec, int sk) {
        if (size == isco.length) {
            int n = size * 2;
            isco = Arrays.copyOf(isco, n);
            region = Arrays.copyOf(region, n);
            section = Arrays.copyOf(section, n);
            skill = Arrays.copyOf(skill, n);
            weighted = Arrays.copyOf(weighted, n);
            raw = Arrays.copyOf(raw, n);
            recent = Arrays.copyOf(recent, n);
            previous = Arrays.copyOf(previous, n);
            salaried = Arrays.copyOf(salaried, n);
            salarySum = Arrays.copyOf(salarySum, n);
        }
        isco[size] = g;
        region[size] = r;
        section[size] = sec;
        skill[size] = sk;
        size++;
    }

    void add(int slot, double weight, int vacancies, boolean isRecent, boolean isPrevious, int withSalary, double sum) {
        weighted[slot] += weight;
        raw[slot] += vacancies;
        if (isRecent) {
            recent[slot] += vacancies;
        } else if (isPrevious) {
            previous[slot] += vacancies;
        }
        salaried[slot] += withSalary;
        salarySum[slot] += sum;
    }

    void addAll(int slot, SlotTable from, int i) {
        weighted[slot] += from.weighted[i];
        raw[slot] += from.raw[i];
        recent[slot] += from.recent[i];
        previous[slot] += from.previous[i];
        salaried[slot] += from.salaried[i];
        salarySum[slot] += from.salarySum[i];
    }
}
