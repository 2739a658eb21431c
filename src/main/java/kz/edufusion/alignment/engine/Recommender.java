package kz.edufusion.alignment.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import kz.edufusion.programs.CatalogDiscipline;

/**
 * Greedy weighted set cover: repeatedly the discipline (of another program) that teaches the most still-missing
 * weight, until nothing gains or the limit is reached; equal gains go to the earlier group (fewer credits, then
 * codes). Gains are kept per candidate group and lowered as skills get covered, so each program costs the size of
 * its missing skills' inverted lists and a scan of those candidates per pick, not the catalog. (A lazy-greedy heap
 * was tried and was three times slower: covering a popular skill makes every group holding it stale at once.)
 * One instance per thread.
 */
final class Recommender {

    private static final double EPSILON = 1e-9;

    private final CatalogIndex catalog;
    private final double[] missingWeight;
    private final double[] gain;
    private final boolean[] candidate;
    private final int[] candidates;
    private int candidateCount;

    Recommender(CatalogIndex catalog, int skills) {
        this.catalog = catalog;
        this.missingWeight = new double[skills];
        this.gain = new double[catalog.groups()];
        this.candidate = new boolean[catalog.groups()];
        this.candidates = new int[catalog.groups()];
    }

    List<Recommendation> recommend(UUID programId, List<Integer> missing, double[] weights, double demandedWeight,
            GapSettings settings) {
        List<Recommendation> picked = new ArrayList<>();
        if (missing.isEmpty() || settings.maxRecommendations() == 0 || catalog.groups() == 0) {
            return picked;
        }
        for (int s : missing) {
            missingWeight[s] = weights[s];
            for (int g : catalog.groupsOfSkill[s]) {
                if (!candidate[g]) {
                    candidate[g] = true;
                    candidates[candidateCount++] = g;
                }
                gain[g] += weights[s];
            }
        }
        double factor = settings.levelFactor(settings.recommendedLevel());
        while (picked.size() < settings.maxRecommendations()) {
            int best = -1;
            CatalogDiscipline bestDiscipline = null;
            for (int c = 0; c < candidateCount; c++) {
                int g = candidates[c];
                if (gain[g] > EPSILON && (best < 0 || gain[g] > gain[best] + EPSILON || (gain[g] > gain[best] - EPSILON && g < best))) {
                    CatalogDiscipline d = firstOfOtherProgram(g, programId);
                    if (d != null) {
                        best = g;
                        bestDiscipline = d;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            List<Integer> adds = new ArrayList<>();
            double gained = 0;
            for (int s : catalog.groupSkills.get(best)) {
                if (missingWeight[s] > 0) {
                    gained += missingWeight[s];
                    adds.add(s);
                }
            }
            adds.sort(Comparator.comparingDouble((Integer s) -> -missingWeight[s]).thenComparing(catalog::skillUri));
            for (int s : adds) {
                for (int g : catalog.groupsOfSkill[s]) {
                    gain[g] -= missingWeight[s];
                }
                missingWeight[s] = 0;
            }
            picked.add(new Recommendation(bestDiscipline.programId(), bestDiscipline.programCode(),
                    bestDiscipline.universityId(), bestDiscipline.code(), bestDiscipline.title(), bestDiscipline.credits(),
                    adds.stream().map(catalog::skillUri).toList(), GapAnalyzer.round2(100 * gained * factor / demandedWeight)));
        }
        reset(missing);
        return picked;
    }

    private CatalogDiscipline firstOfOtherProgram(int group, UUID programId) {
        for (CatalogDiscipline d : catalog.members.get(group)) {
            if (!d.programId().equals(programId)) {
                return d;
            }
        }
        return null;
    }

    private void reset(List<Integer> missing) {
        for (int s : missing) {
            missingWeight[s] = 0;
        }
        for (int c = 0; c < candidateCount; c++) {
            gain[candidates[c]] = 0;
            candidate[candidates[c]] = false;
        }
        candidateCount = 0;
    }
}
