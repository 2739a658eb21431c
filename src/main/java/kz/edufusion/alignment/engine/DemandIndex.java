package kz.edufusion.alignment.engine;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import kz.edufusion.common.collections.LongIntMap;
import kz.edufusion.labormarket.DemandCell;

/**
 * The demand cells collapsed over month and source (into recency- and source-weighted vacancies next to the raw
 * counts the evidence shows: all, recent period, previous period, with a salary, salary sum) and laid out for
 * the two reads a program makes: {@link #national} per (ISCO unit group, NACE section or all sections) summed over
 * every region, and {@link #regional} per (ISCO unit group, region) with the section of each entry, from which
 * a program adds the extra weight of its own region. Skill id 0 is the total of the cells (all their vacancies).
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
    /** Key (isco * (sections + 1) + section), the extra last section standing for all sections. */
    final Entries national;
    /** Key (isco * regions + region). */
    final Entries regional;

    private DemandIndex(Builder b) {
        skills = b.skills;
        iscos = b.iscos;
        regions = b.regions;
        sections = b.sections;
        settings = b.settings;
        int allSections = sections.size();
        regional = Entries.group(b.slots, iscos.size() * Math.max(1, regions.size()),
                i -> b.slots.isco[i] * regions.size() + b.slots.region[i]);
        SlotTable rolled = new SlotTable();
        LongIntMap keys = new LongIntMap(b.slots.size);
        for (int i = 0; i < b.slots.size; i++) {
            for (int section : new int[] {b.slots.section[i], allSections}) {
                long key = ((long) b.slots.isco[i] << 31) | ((long) section << 24) | b.slots.skill[i];
                int slot = keys.getOrPut(key, rolled.size);
                if (slot == rolled.size) {
                    rolled.append(b.slots.isco[i], 0, section, b.slots.skill[i]);
                }
                rolled.addAll(slot, b.slots, i);
            }
        }
        national = Entries.group(rolled, iscos.size() * (allSections + 1),
                i -> rolled.isco[i] * (allSections + 1) + rolled.section[i]);
    }

    public static Builder builder(GapSettings settings) {
        return new Builder(settings);
    }

    /** Entries of the regional layout (one per ISCO group, region, section and skill seen). */
    public int entries() {
        return regional.skill.length;
    }

    public int skillCount() {
        return skills.size() - 1;
    }

    int nationalKey(int isco, int section) {
        return isco * (sections.size() + 1) + section;
    }

    int allSections() {
        return sections.size();
    }

    int regionalKey(int isco, int region) {
        return isco * regions.size() + region;
    }

    /** Accepts cells in any order; {@link #build()} makes the index. Not thread-safe. */
    public static final class Builder {

        private final GapSettings settings;
        private final Interner skills = new Interner("");
        private final Interner iscos = new Interner();
        private final Interner regions = new Interner();
        private final Interner sections = new Interner();
        private final LongIntMap keys = new LongIntMap(1 << 16);
        private final SlotTable slots = new SlotTable();
        private final Map<YearMonth, Long> monthsBefore = new HashMap<>();
        private final Map<String, Double> sourceWeights = new HashMap<>();
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
            if (g >= 1 << 12 || r >= 1 << 7 || sec >= 1 << 6 || sk >= 1 << 24) {
                throw new IllegalStateException("demand index limits exceeded");
            }
            long key = ((long) g << 37) | ((long) r << 30) | ((long) sec << 24) | sk;
            int slot = keys.getOrPut(key, slots.size);
            if (slot == slots.size) {
                slots.append(g, r, sec, sk);
            }
            long before = Math.max(0, monthsBefore.computeIfAbsent(cell.month(), settings::monthsBefore));
            double weight = Math.pow(0.5, before / settings.halfLifeMonths())
                    * sourceWeights.computeIfAbsent(cell.source(), s -> settings.sourceWeights().getOrDefault(s, 1.0));
            slots.add(slot, cell.vacancies() * weight, cell.vacancies(), before < settings.growthMonths(),
                    before >= settings.growthMonths() && before < 2L * settings.growthMonths(), cell.withSalary(),
                    cell.salarySumKzt());
            return this;
        }

        /** Vacancies (total cells) left out because their ISCO code is unknown or not a unit group. */
        public long skippedVacancies() {
            return skippedVacancies;
        }

        public DemandIndex build() {
            return new DemandIndex(this);
        }
    }
}
