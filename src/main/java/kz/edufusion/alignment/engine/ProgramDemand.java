package kz.edufusion.alignment.engine;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import kz.edufusion.programs.AlignmentProgram;

/**
 * One program's demand summed per skill from the index: the entries of its target ISCO groups, in its sectors
 * (an empty list means all sectors, an entry of unknown section counts only then), its own region at weight 1
 * and every other region (and vacancies of unknown region) at the national weight, read as national weight times
 * all regions plus (1 - national weight) times the own region. Raw counts are national, plus the own region's.
 * Scratch arrays reused program after program by one thread; {@link #clear()} resets only what was touched.
 */
final class ProgramDemand {

    final DemandIndex index;
    final double[] weighted;
    final int[] raw;
    final int[] regionRaw;
    final int[] recent;
    final int[] previous;
    final int[] salaried;
    final double[] salarySum;
    private final boolean[] seen;
    private int[] touched = new int[256];
    private int touchedCount;

    ProgramDemand(DemandIndex index) {
        this.index = index;
        int n = index.skills.size();
        weighted = new double[n];
        raw = new int[n];
        regionRaw = new int[n];
        recent = new int[n];
        previous = new int[n];
        salaried = new int[n];
        salarySum = new double[n];
        seen = new boolean[n];
    }

    /** Sums the program's demand; returns false when none of its target groups has any vacancy. */
    boolean load(AlignmentProgram program) {
        clear();
        boolean[] inSectors = sectorMask(program.sectors());
        int ownRegion = index.regions.find(program.regionCode());
        double national = index.settings.nationalWeight();
        for (String code : new LinkedHashSet<>(program.targetIscoCodes())) {
            int g = index.iscos.find(code);
            if (g < 0) {
                continue;
            }
            if (inSectors == null) {
                addNational(index.nationalKey(g, index.allSections()), national);
            } else {
                for (int sec = 0; sec < inSectors.length; sec++) {
                    if (inSectors[sec]) {
                        addNational(index.nationalKey(g, sec), national);
                    }
                }
            }
            if (ownRegion >= 0) {
                addOwnRegion(index.regionalKey(g, ownRegion), inSectors, 1 - national);
            }
        }
        return raw[DemandIndex.TOTAL] > 0;
    }

    /** Every region at the national weight, with the raw counts of the evidence. */
    private void addNational(int key, double weight) {
        Entries e = index.national;
        for (int i = e.start[key]; i < e.start[key + 1]; i++) {
            int s = e.skill[i];
            if (!seen[s]) {
                touch(s);
            }
            weighted[s] += e.weighted[i] * weight;
            raw[s] += e.raw[i];
            recent[s] += e.recent[i];
            previous[s] += e.previous[i];
            salaried[s] += e.salaried[i];
            salarySum[s] += e.salarySum[i];
        }
    }

    /** The own region again, at the rest of its weight (national + extra = 1). */
    private void addOwnRegion(int key, boolean[] inSectors, double extra) {
        Entries e = index.regional;
        for (int i = e.start[key]; i < e.start[key + 1]; i++) {
            if (inSectors != null && !inSectors[e.section[i]]) {
                continue;
            }
            int s = e.skill[i];
            if (!seen[s]) {
                touch(s);
            }
            weighted[s] += e.weighted[i] * extra;
            regionRaw[s] += e.raw[i];
        }
    }

    int touchedCount() {
        return touchedCount;
    }

    int touched(int i) {
        return touched[i];
    }

    private boolean[] sectorMask(java.util.List<String> sectors) {
        if (sectors.isEmpty()) {
            return null;
        }
        Set<String> wanted = Set.copyOf(sectors);
        boolean[] mask = new boolean[index.sections.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = wanted.contains(index.sections.value(i));
        }
        return mask;
    }

    private void touch(int skill) {
        if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touchedCount * 2);
        }
        seen[skill] = true;
        touched[touchedCount++] = skill;
    }

    void clear() {
        for (int i = 0; i < touchedCount; i++) {
            int s = touched[i];
            weighted[s] = 0;
            raw[s] = 0;
            regionRaw[s] = 0;
            recent[s] = 0;
            previous[s] = 0;
            salaried[s] = 0;
            salarySum[s] = 0;
            seen[s] = false;
        }
        touchedCount = 0;
    }
}
