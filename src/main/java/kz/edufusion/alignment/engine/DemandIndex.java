package kz.edufusion.alignment.engine;

import java.util.Arrays;
import kz.edufusion.labormarket.DemandCell;

/**
 * The demand cells collapsed over month and source into one entry per (ISCO unit group, region, NACE section,
 * skill), grouped by ISCO group so that a program reads only the entries of its target groups. Each entry keeps
 * the recency- and source-weighted vacancies next to the raw counts the evidence shows (all, recent period,
 * previous period, with a salary, salary sum). Skill id 0 is the total of the cell (all its vacancies).
 * Cells whose ISCO code is not a 4-digit unit group are left out (see {@link Builder#skippedVacancies()}).
 * Immutable once built; shared by the threads of a recompute.
 */
public final class DemandIndex {

    static final int TOTAL = 0;

    final Interner skills;
    final Interner iscos;
    final Interner regions;
    final Interner sections;
    final GapSettings settings;
    final int[] iscoStart;
    final int[] region;
    final int[] section;
    final int[] skill;
    final double[] weighted;
    final int[] raw;
    final int[] recent;
    final int[] previous;
    final int[] salaried;
    final double[] salarySum;

    private DemandIndex(Builder b, int[] order) {
        skills = b.skills;
        iscos = b.iscos;
        regions = b.regions;
        sections = b.sections;
        settings = b.settings;
        int n = order.length;
        iscoStart = new int[iscos.size() + 1];
        region = new int[n];
        section = new int[n];
        skill = new int[n];
        weighted = new double[n];
        raw = new int[n];
        recent = new int[n];
        previous = new int[n];
        salaried = new int[n];
        salarySum = new double[n];
        for (int i = 0; i < n; i++) {
            int s = order[i];
            iscoStart[b.isco[s] + 1]++;
            region[i] = b.region[s];
            section[i] = b.section[s];
            skill[i] = b.skill[s];
            weighted[i] = b.weighted[s];
            raw[i] = b.raw[s];
            recent[i] = b.recent[s];
            previous[i] = b.previous[s];
            salaried[i] = b.salaried[s];
            salarySum[i] = b.salarySum[s];
        }
        for (int g = 0; g < iscos.size(); g++) {
            iscoStart[g + 1] += iscoStart[g];
        }
    }

    public static Builder builder(GapSettings settings) {
        return new Builder(settings);
    }

    public int entries() {
        return skill.length;
    }

    public int skillCount() {
        return skills.size() - 1;
    }

    /** Accepts cells in any order; {@link #build()} makes the index. Not thread-safe. */
    public static final class Builder {

        private final GapSettings settings;
        private final Interner skills = new Interner("");
        private final Interner iscos = new Interner();
        private final Interner regions = new Interner();
        private final Interner sections = new Interner();
        private final LongIntMap slots = new LongIntMap(1 << 16);
        private int size;
        private int[] isco = new int[1024];
        private int[] region = new int[1024];
        private int[] section = new int[1024];
        private int[] skill = new int[1024];
        private double[] weighted = new double[1024];
        private int[] raw = new int[1024];
        private int[] recent = new int[1024];
        private int[] previous = new int[1024];
        private int[] salaried = new int[1024];
        private double[] salarySum = new double[1024];
        private long skippedVacancies;

        private Builder(GapSettings settings) {
            this.settings = settings;
        }

        public Builder add(DemandCell cell) {
            if (!IscoMatching.isUnitGroup(cell.iscoCode())) {
                if (cell.total()) {
                    skippedVacancies += cell.vacancies();
                }
                return this;
            }
            int g = iscos.id(cell.iscoCode());
            int r = regions.id(cell.regionCode());
            int sec = sections.id(cell.naceSection());
            int sk = skills.id(cell.skillUri());
            if (g >= 1 << 12 || r >= 1 << 8 || sec >= 1 << 6 || sk >= 1 << 24) {
                throw new IllegalStateException("demand index limits exceeded");
            }
            long key = ((long) g << 38) | ((long) r << 30) | ((long) sec << 24) | sk;
            int slot = slots.getOrPut(key, size);
            if (slot == size) {
                grow();
                isco[slot] = g;
                region[slot] = r;
                section[slot] = sec;
                skill[slot] = sk;
                size++;
            }
            weighted[slot] += cell.vacancies() * settings.cellWeight(cell.month(), cell.source());
            raw[slot] += cell.vacancies();
            long before = Math.max(0, settings.monthsBefore(cell.month()));
            if (before < settings.growthMonths()) {
                recent[slot] += cell.vacancies();
            } else if (before < 2L * settings.growthMonths()) {
                previous[slot] += cell.vacancies();
            }
            salaried[slot] += cell.withSalary();
            salarySum[slot] += cell.salarySumKzt();
            return this;
        }

        /** Vacancies (total cells) left out because their ISCO code is unknown or not a unit group. */
        public long skippedVacancies() {
            return skippedVacancies;
        }

        /** Counting sort of the slots by ISCO group (ids are dense and few). */
        public DemandIndex build() {
            int[] start = new int[iscos.size() + 1];
            for (int i = 0; i < size; i++) {
                start[isco[i] + 1]++;
            }
            for (int g = 0; g < iscos.size(); g++) {
                start[g + 1] += start[g];
            }
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[start[isco[i]]++] = i;
            }
            return new DemandIndex(this, order);
        }

        private void grow() {
            if (size < isco.length) {
                return;
            }
            int n = isco.length * 2;
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
    }
}
