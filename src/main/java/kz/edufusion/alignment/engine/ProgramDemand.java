package kz.edufusion.alignment.engine;

import java.util.Arrays;
import java.util.Set;
import kz.edufusion.programs.AlignmentProgram;

/**
 * One program's demand summed per skill from the index: the entries of its target ISCO groups, in its sectors
 * (an empty list means all sectors, an entry of unknown section counts only then), its own region at weight 1
 * and every other region (and vacancies of unknown region) at the national weight. Raw counts are national.
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
        for (String code : program.targetIscoCodes()) {
            int g = index.iscos.find(code);
            if (g < 0) {
                continue;
            }
            for (int e = index.iscoStart[g]; e < index.iscoStart[g + 1]; e++) {
                if (inSectors != null && !inSectors[index.section[e]]) {
                    continue;
                }
                int s = index.skill[e];
                if (!seen[s]) {
                    touch(s);
                }
                boolean own = index.region[e] == ownRegion;
                weighted[s] += own ? index.weighted[e] : index.weighted[e] * national;
                raw[s] += index.raw[e];
                if (own) {
                    regionRaw[s] += index.raw[e];
                }
                recent[s] += index.recent[e];
                previous[s] += index.previous[e];
                salaried[s] += index.salaried[e];
                salarySum[s] += index.salarySum[e];
            }
        }
        return raw[DemandIndex.TOTAL] > 0;
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
