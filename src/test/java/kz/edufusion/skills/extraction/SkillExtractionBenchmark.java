package kz.edufusion.skills.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extraction throughput over the 498 dev-set vacancies with a production-sized dictionary: the real
 * curated + ESCO terms plus a seeded synthetic set reaching ~14k skills / ~100k terms. One operation =
 * one vacancy, so the score is vacancies per second. The set-up prints the heap the dictionary retains.
 * Run (see docs/benchmarks-skills.md):
 * {@code java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main SkillExtractionBenchmark -f 1 -wi 3 -i 5 -t 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SkillExtractionBenchmark {

    static final int VACANCIES = 498;
    static final int TARGET_SKILLS = 14_000;
    static final int TARGET_TERMS = 100_000;

    private SkillExtractor extractor;
    private List<String> texts;

    @Setup
    public void setUp() throws IOException {
        List<SkillTerm> terms = productionSizedTerms();
        long before = usedHeapAfterGc();
        SkillDictionary dictionary = SkillDictionary.build(terms);
        long after = usedHeapAfterGc();
        System.out.printf("%n[dictionary] skills=%d terms=%d retained heap=%.1f MB (used heap after GC, before/after build)%n",
                dictionary.skillCount(), dictionary.termCount(), (after - before) / 1048576.0);
        extractor = new SkillExtractor(dictionary);
        texts = SkillExtractionQualityTest.devSet().stream().map(SkillExtractionQualityTest.Vacancy::text).toList();
        if (texts.size() != VACANCIES) {
            throw new IllegalStateException("expected " + VACANCIES + " vacancies, got " + texts.size());
        }
    }

    @Benchmark
    @OperationsPerInvocation(VACANCIES)
    public int extractAllVacancies() {
        int found = 0;
        for (String text : texts) {
            found += extractor.extract(text, Language.ANY).skills().size();
        }
        return found;
    }

    /** Real terms plus synthetic skills built from the real words and seeded pseudo-words (deterministic). */
    static List<SkillTerm> productionSizedTerms() {
        List<SkillTerm> terms = new ArrayList<>(SkillDictionaryLoader.fromClasspath());
        List<String> words = new ArrayList<>();
        Tokenizer tokenizer = new Tokenizer();
        for (SkillTerm term : terms) {
            for (Token token : tokenizer.tokenize(term.text())) {
                words.add(token.surface());
            }
        }
        Random random = new Random(20251123L);
        String[] syllables = {"ka", "ro", "ten", "vi", "lo", "mar", "dex", "qu", "sha", "ny", "зер", "тал", "ком", "ба",
            "рын", "қаз", "өн", "жүй", "ler", "ing", "ops", "net", "form", "ция"};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder word = new StringBuilder();
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            words.add(word.toString());
        }
        int skill = 0;
        while (terms.size() < TARGET_TERMS) {
            String uri = "https://edufusion.kz/skill/synthetic-" + skill++;
            int perSkill = Math.max(1, (TARGET_TERMS - 15_000) / (TARGET_SKILLS - 2_800)) + random.nextInt(3) - 1;
            Map<Language, String> labels = Map.of(Language.EN, phrase(words, random));
            for (int t = 0; t < perSkill; t++) {
                terms.add(new SkillTerm(uri, Language.values()[random.nextInt(3)], t == 0 ? labels.get(Language.EN)
                        : phrase(words, random), t == 0 ? TermKind.LABEL : TermKind.SYNONYM, labels));
            }
        }
        return terms;
    }

    private static String phrase(List<String> words, Random random) {
        int length = 1 + random.nextInt(4);
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < length; i++) {
            phrase.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return phrase.toString();
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args.length > 0 ? args
                : new String[] {SkillExtractionBenchmark.class.getSimpleName(), "-f", "1", "-wi", "3", "-i", "5", "-t", "1"});
    }
}
