package kz.edufusion.alignment.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.programs.CatalogDiscipline;

/**
 * Greedy weighted set cover: repeatedly the discipline (of another program) that teaches the most still-missing
 * weight, until nothing gains or the limit is reached. Gains are kept per candidate group and lowered as skills
 * get covered, so each program costs the size of its missing skills' inverted lists, not the catalog's.
 * One instance per thread.
 */
final class Recommender {

    private static final double EPSILON = 1e-9;

    private final CatalogIndex catalog;
    private final double[] missingWeight;
    private final double[] gain;
    private final boolean[] candidate;
    private final List<Integer> candidates = new ArrayList<>();

    Recommender(CatalogIndex catalog, int skills) {
        this.catalog = catalog;
        this.missingWeight = new double[skills];
        this.gain = new double[catalog.groups()];
        this.candidate = new boolean[catalog.groups()];
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
                    candidates.add(g);
                }
                gain[g] += weights[s];
            }
        }
        double factor = settings.levelFactor(settings.recommendedLevel());
        while (picked.size() < settings.maxRecommendations()) {
            int best = -1;
            CatalogDiscipline bestDiscipline = null;
            for (int g : candidates) {
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
            List<String> adds = new ArrayList<>();
            double gained = 0;
            for (int s : catalog.groupSkills.get(best)) {
                if (missingWeight[s] > 0) {
                    gained += missingWeight[s];
                    adds.add(catalog.skillUri(s));
                    for (int g : catalog.groupsOfSkill[s]) {
                        gain[g] -= missingWeight[s];
                    }
                    missingWeight[s] = 0;
                }
            }
            picked.add(new Recommendation(bestDiscipline.programId(), bestDiscipline.programCode(),
                    bestDiscipline.universityId(), bestDiscipline.code(), bestDiscipline.title(), bestDiscipline.credits(),
                    adds, GapAnalyzer.round2(100 * gained * factor / demandedWeight)));
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
        for (int g : candidates) {
            gain[g] = 0;
            candidate[g] = false;
        }
        candidates.clear();
    }
}
