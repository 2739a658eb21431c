package kz.edufusion.skills.extraction;

import kz.edufusion.common.csv.CsvReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on the hh.kz IT vacancies dev set (498 vacancies, 311 with employer key skills).
 * Text = name + description only; gold = the employer's key_skills tags mapped to skill URIs through the
 * dictionary's exact label/synonym lookup; a tag that maps to no skill counts as a miss. Micro-averaged.
 * Tags are never passed to the extractor here. Employers tag only some of the skills their texts name,
 * so precision against tags underestimates the engine's real precision.
 */
class SkillExtractionQualityTest {

    /**
     * Reached with curated-skills.csv of wt-skills-data commit 2b97d72 (644 rows) + the six ESCO collections
     * (2,792 skills, 15,891 terms), all skills kept (minScore 0): TP 1250, FP 3308, FN 998, precision 0.274,
     * recall 0.556, F1 0.367 (minScore 0.40: P 0.293, R 0.528, F1 0.377). About 890 of the 2,248 gold tags
     * do not occur in their vacancy's text at all, which caps recall for any matcher near 0.60. The floor is
     * the reached F1 minus 0.02.
     */
    static final double F1_FLOOR = 0.34;

    record Vacancy(String id, String text, List<String> tags) {
    }

    record Score(long truePositives, long falsePositives, long falseNegatives) {
        double precision() {
            return truePositives / (double) Math.max(1, truePositives + falsePositives);
        }

        double recall() {
            return truePositives / (double) Math.max(1, truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static List<Vacancy> devSet() throws IOException {
        List<Vacancy> vacancies = new ArrayList<>();
        try (InputStream in = SkillExtractionQualityTest.class.getResourceAsStream("/vacancies/hh-kz-it-vacancies-2025-11.dev.csv");
                CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = csv.next();
            int id = header.indexOf("vacancy_id");
            int name = header.indexOf("name");
            int description = header.indexOf("description");
            int skills = header.indexOf("key_skills");
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() != header.size()) {
                    continue;
                }
                List<String> tags = new ArrayList<>();
                for (String tag : row.get(skills).split(",")) {
                    if (!tag.isBlank()) {
                        tags.add(tag.strip());
                    }
                }
                vacancies.add(new Vacancy(row.get(id), row.get(name) + "\n" + row.get(description), tags));
            }
        }
        return vacancies;
    }

    static Score evaluate(SkillDictionary dictionary, List<Vacancy> vacancies, double minScore, boolean print) {
        SkillExtractor extractor = new SkillExtractor(dictionary);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        Map<String, Integer> missedTags = new HashMap<>();
        Map<String, Integer> extra = new HashMap<>();
        for (Vacancy vacancy : vacancies) {
            if (vacancy.tags().isEmpty()) {
                continue;
            }
            Set<String> gold = new HashSet<>();
            for (String tag : vacancy.tags()) {
                Set<String> uris = dictionary.lookupExact(tag);
                if (uris.isEmpty()) {
                    fn++;
                    missedTags.merge("(no skill) " + tag, 1, Integer::sum);
                }
                gold.addAll(uris);
            }
            Set<String> found = new HashSet<>();
            for (ExtractedSkill skill : extractor.extract(vacancy.text(), Language.ANY).skills()) {
                if (skill.score() >= minScore) {
                    found.add(skill.uri());
                }
            }
            for (String uri : found) {
                if (gold.contains(uri)) {
                    tp++;
                } else {
                    fp++;
                    extra.merge(dictionary.label(uri, Language.EN), 1, Integer::sum);
                }
            }
            for (String uri : gold) {
                if (!found.contains(uri)) {
                    fn++;
                    missedTags.merge(dictionary.label(uri, Language.EN), 1, Integer::sum);
                }
            }
        }
        if (print) {
            System.out.println("most missed: " + top(missedTags));
            System.out.println("most extra: " + top(extra));
        }
        return new Score(tp, fp, fn);
    }

    private static List<String> top(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
                .map(e -> e.getValue() + " " + e.getKey()).toList();
    }

    @Test
    void microPrecisionRecallAndF1OnTheDevSet() throws IOException {
        SkillDictionary dictionary = SkillDictionary.build(SkillDictionaryLoader.fromClasspath());
        List<Vacancy> vacancies = devSet();
        assertThat(vacancies).hasSize(498);
        assertThat(vacancies.stream().filter(v -> !v.tags().isEmpty())).hasSize(311);

        Score score = evaluate(dictionary, vacancies, 0.0, true);
        System.out.printf("skills=%d terms=%d  TP=%d FP=%d FN=%d  precision=%.3f recall=%.3f F1=%.3f%n",
                dictionary.skillCount(), dictionary.termCount(), score.truePositives(), score.falsePositives(),
                score.falseNegatives(), score.precision(), score.recall(), score.f1());
        for (double min : new double[] {0.4, 0.55, 0.6, 0.7, 0.8}) {
            Score at = evaluate(dictionary, vacancies, min, false);
            System.out.printf("minScore=%.2f precision=%.3f recall=%.3f F1=%.3f%n", min, at.precision(), at.recall(), at.f1());
        }
        assertThat(score.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
    }
}
