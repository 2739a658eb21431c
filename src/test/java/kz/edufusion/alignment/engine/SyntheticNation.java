package kz.edufusion.alignment.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.collections.LongIntMap;
import kz.edufusion.labormarket.DemandCell;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.CatalogDiscipline;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import kz.edufusion.programs.SkillLevel;
import kz.edufusion.programs.TaughtSkill;

/**
 * A seeded national market and register for benchmarks: vacancies over 24 months, ~400 ISCO unit groups
 * (Zipf-popular; 2% coded only to a sub-major group), 20 regions (Zipf, 3% unknown), 21 NACE sections (each
 * group has a main one), three sources (hh 70%, enbek 25%, other 5%); each vacancy asks 3-12 of 5,000 skills,
 * 70% from its group's 60-skill profile (Zipf within it) and 30% from the whole taxonomy (Zipf), and names a
 * salary 40% of the time. The vacancies are grouped into demand cells as {@code DemandSignals} would give them,
 * kept in primitive arrays. Programs: 1-3 target groups, half of them with 1-2 sectors, 10-60 skills mostly from
 * their targets' profiles, 15-25 disciplines of 2-5 of their skills each, 120 universities, 11 fields.
 */
final class SyntheticNation {

    static final int MONTHS = 24;
    static final int ISCO_GROUPS = 400;
    static final int REGIONS = 20;
    static final int SECTIONS = 21;
    static final int SKILLS = 5000;
    static final int PROFILE = 60;
    static final String[] SOURCES = {"hh", "enbek", "other"};
    static final YearMonth REFERENCE = YearMonth.of(2025, 12);

    final List<AlignmentProgram> programs = new ArrayList<>();
    final List<CatalogDiscipline> catalog = new ArrayList<>();
    private final String[] isco = new String[ISCO_GROUPS + 10];
    private final String[] regions = new String[REGIONS + 1];
    private final String[] sections = new String[SECTIONS];
    private final String[] skills = new String[SKILLS + 1];
    private final int[][] profiles = new int[ISCO_GROUPS][PROFILE];
    private final int[] mainSection = new int[ISCO_GROUPS];
    private long[] keys;
    private int[] vacancies;
    private int[] salaried;
    private double[] salarySums;
    private int cells;

    static SyntheticNation generate(long seed, int vacancyCount, int programCount) {
        SyntheticNation nation = new SyntheticNation();
        Random random = new Random(seed);
        nation.names(random);
        nation.market(random, vacancyCount);
        nation.register(random, programCount);
        return nation;
    }

    int cells() {
        return cells;
    }

    void forEachCell(Consumer<DemandCell> sink) {
        for (int i = 0; i < cells; i++) {
            long k = keys[i];
            int skill = (int) (k & 0x1FFF);
            int source = (int) (k >>> 13 & 0x3);
            int section = (int) (k >>> 15 & 0x1F);
            int region = (int) (k >>> 20 & 0x1F);
            int group = (int) (k >>> 25 & 0x1FF);
            int month = (int) (k >>> 34 & 0x1F);
            sink.accept(new DemandCell(REFERENCE.minusMonths(month), isco[group], regions[region], sections[section],
                    SOURCES[source], skills[skill], vacancies[i], salaried[i], salarySums[i]));
        }
    }

    private void names(Random random) {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < ISCO_GROUPS) {
            codes.add(String.valueOf(1000 + random.nextInt(9000)));
        }
        codes.toArray(isco);
        for (int i = 0; i < 10; i++) {
            isco[ISCO_GROUPS + i] = String.valueOf(11 + i * 8);
        }
        for (int r = 0; r < REGIONS; r++) {
            regions[r] = "KZ-" + (10 + r * 3);
        }
        regions[REGIONS] = "";
        for (int s = 0; s < SECTIONS; s++) {
            sections[s] = String.valueOf((char) ('A' + s));
        }
        skills[0] = "";
        for (int s = 1; s <= SKILLS; s++) {
            skills[s] = "http://data.europa.eu/esco/skill/synthetic-" + s;
        }
        Zipf global = new Zipf(SKILLS, 1.0);
        for (int g = 0; g < ISCO_GROUPS; g++) {
            mainSection[g] = random.nextInt(SECTIONS);
            for (int i = 0; i < PROFILE; i++) {
                profiles[g][i] = 1 + (random.nextInt(3) == 0 ? global.next(random) : random.nextInt(SKILLS));
            }
        }
    }

    private void market(Random random, int vacancyCount) {
        Zipf groups = new Zipf(ISCO_GROUPS, 1.0);
        Zipf regionDraw = new Zipf(REGIONS, 0.8);
        Zipf profileDraw = new Zipf(PROFILE, 0.9);
        Zipf global = new Zipf(SKILLS, 1.0);
        LongIntMap slots = new LongIntMap(1 << 22);
        keys = new long[1 << 20];
        vacancies = new int[keys.length];
        salaried = new int[keys.length];
        salarySums = new double[keys.length];
        int[] asked = new int[12];
        for (int v = 0; v < vacancyCount; v++) {
            int group = groups.next(random);
            int groupKey = random.nextInt(50) == 0 ? ISCO_GROUPS + random.nextInt(10) : group;
            int region = random.nextInt(33) == 0 ? REGIONS : regionDraw.next(random);
            int section = random.nextInt(10) < 7 ? mainSection[group] : random.nextInt(SECTIONS);
            int source = random.nextInt(20) < 14 ? 0 : random.nextInt(5) < 4 ? 1 : 2;
            // a little more demand in recent months: month offset drawn with a bias towards 0
            int month = Math.min(MONTHS - 1, (int) (MONTHS * Math.pow(random.nextDouble(), 1.2)));
            double salary = random.nextInt(5) < 2 ? 150_000 + 100_000 * Math.exp(random.nextGaussian() * 0.5) : -1;
            long base = (long) month << 34 | (long) groupKey << 25 | (long) region << 20 | (long) section << 15
                    | (long) source << 13;
            add(slots, base, salary);
            int n = 3 + random.nextInt(10);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                int skill = random.nextInt(10) < 7 ? profiles[group][profileDraw.next(random)] : 1 + global.next(random);
                if (!contains(asked, distinct, skill)) {
                    asked[distinct++] = skill;
                    add(slots, base | skill, salary);
                }
            }
        }
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private void add(LongIntMap slots, long key, double salary) {
        int slot = slots.getOrPut(key, cells);
        if (slot == cells) {
            if (cells == keys.length) {
                int n = keys.length * 2;
                keys = Arrays.copyOf(keys, n);
                vacancies = Arrays.copyOf(vacancies, n);
                salaried = Arrays.copyOf(salaried, n);
                salarySums = Arrays.copyOf(salarySums, n);
            }
            keys[cells++] = key;
        }
        vacancies[slot]++;
        if (salary > 0) {
            salaried[slot]++;
            salarySums[slot] += salary;
        }
    }

    private void register(Random random, int programCount) {
        Zipf groups = new Zipf(ISCO_GROUPS, 0.8);
        Zipf regionDraw = new Zipf(REGIONS, 0.8);
        Zipf global = new Zipf(SKILLS, 1.0);
        UUID[] universities = new UUID[120];
        for (int u = 0; u < universities.length; u++) {
            universities[u] = new UUID(0xE0F0L, u);
        }
        SkillLevel[] levels = SkillLevel.values();
        for (int p = 0; p < programCount; p++) {
            UUID id = new UUID(0xF1F1L, p);
            int targetCount = 1 + random.nextInt(3);
            List<String> targets = new ArrayList<>();
            List<Integer> targetGroups = new ArrayList<>();
            while (targets.size() < targetCount) {
                int g = groups.next(random);
                if (!targetGroups.contains(g)) {
                    targetGroups.add(g);
                    targets.add(isco[g]);
                }
            }
            List<String> sectors = new ArrayList<>();
            if (random.nextBoolean()) {
                sectors.add(sections[mainSection[targetGroups.get(0)]]);
                if (random.nextInt(3) == 0 && !sectors.contains(sections[mainSection[targetGroups.get(targetGroups.size() - 1)]])) {
                    sectors.add(sections[mainSection[targetGroups.get(targetGroups.size() - 1)]]);
                }
            }
            int skillCount = 10 + random.nextInt(51);
            Set<Integer> taught = new LinkedHashSet<>();
            while (taught.size() < skillCount) {
                int[] profile = profiles[targetGroups.get(random.nextInt(targetGroups.size()))];
                taught.add(random.nextInt(10) < 6 ? profile[random.nextInt(PROFILE)] : 1 + global.next(random));
            }
            List<Integer> skillIds = new ArrayList<>(taught);
            String code = "6B" + String.format("%05d", p % 100_000);
            int disciplineCount = 15 + random.nextInt(11);
            List<List<String>> disciplineSkills = new ArrayList<>();
            for (int d = 0; d < disciplineCount; d++) {
                List<String> own = new ArrayList<>();
                for (int k = 2 + random.nextInt(4); k > 0; k--) {
                    String uri = skills[skillIds.get(random.nextInt(skillIds.size()))];
                    if (!own.contains(uri)) {
                        own.add(uri);
                    }
                }
                disciplineSkills.add(own);
                catalog.add(new CatalogDiscipline(id, code, universities[p % universities.length], "D" + d,
                        LocalizedText.of("Пән " + d, "Дисциплина " + d, "Discipline " + d), 3 + random.nextInt(5), own));
            }
            List<TaughtSkill> skillList = new ArrayList<>();
            for (int s : skillIds) {
                skillList.add(new TaughtSkill(skills[s], levels[random.nextInt(3)], List.of()));
            }
            String field = String.format("%02d", 1 + random.nextInt(11));
            programs.add(new AlignmentProgram(id, universities[p % universities.length], code,
                    LocalizedText.of(code, code, code), ProgramLevel.BACHELOR, field, field + "1",
                    regions[regionDraw.next(random)], ProgramType.EXISTING, random.nextInt(200), random.nextInt(150),
                    List.of(), targets, sectors, skillList));
        }
    }
}
