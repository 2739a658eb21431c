package kz.edufusion.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.skills.extraction.ExtractedSkill;
import kz.edufusion.skills.extraction.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The service's refresh rules over an in-memory taxonomy and a hand-driven clock: the revision is checked at
 * most once per interval, a moved revision is rebuilt in the background while readers keep the old
 * extractor, and a failing rebuild keeps the old one.
 */
class SkillExtractionServiceRefreshTest {

    private static final String KAFKA = "https://edufusion.kz/skill/test-kafka";
    private static final String TERRAFORM = "https://edufusion.kz/skill/test-terraform";

    private final InMemoryTaxonomy taxonomy = new InMemoryTaxonomy();
    private final AtomicLong now = new AtomicLong();
    private final SkillExtractionService service = new SkillExtractionService(taxonomy, Duration.ofSeconds(30), now::get);

    @AfterEach
    void close() {
        taxonomy.gate.countDown();
        service.close();
    }

    @Test
    void theRevisionIsReadAtMostOncePerIntervalAndAnUnchangedOneIsNotRebuilt() throws Exception {
        taxonomy.add(KAFKA, "en", "Apache Kafka", "PREFERRED", "CURATED");
        assertThat(uris("Опыт с Apache Kafka")).containsExactly(KAFKA);
        int reads = taxonomy.revisionReads.get();

        now.addAndGet(Duration.ofSeconds(29).toNanos());
        uris("Apache Kafka");
        assertThat(taxonomy.revisionReads.get()).isEqualTo(reads);

        now.addAndGet(Duration.ofSeconds(2).toNanos());
        uris("Apache Kafka");
        awaitUntil(() -> taxonomy.revisionReads.get() == reads + 1);
        assertThat(taxonomy.termReads.get()).isEqualTo(1);
    }

    @Test
    @Timeout(20) // a reader blocked by the rebuild would hang here
    void aMovedRevisionIsRebuiltInTheBackgroundWhileReadersKeepTheOldDictionary() throws Exception {
        taxonomy.add(KAFKA, "en", "Apache Kafka", "PREFERRED", "CURATED");
        service.warmUp();
        taxonomy.add(TERRAFORM, "en", "Terraform", "PREFERRED", "ADMIN");
        taxonomy.gate = new CountDownLatch(1);
        now.addAndGet(Duration.ofSeconds(31).toNanos());

        // this call starts the rebuild, which now hangs in allTerms(); readers are answered meanwhile
        assertThat(uris("Apache Kafka и Terraform")).containsExactly(KAFKA);
        awaitUntil(() -> taxonomy.termReads.get() == 2);
        long started = System.nanoTime();
        assertThat(uris("Apache Kafka, Terraform")).containsExactly(KAFKA);
        assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(2));

        taxonomy.gate.countDown();
        awaitUntil(() -> uris("Apache Kafka, Terraform").size() == 2);
        assertThat(service.dictionary().label(TERRAFORM, Language.RU)).isEqualTo("Terraform");
    }

    @Test
    void refreshRebuildsAtOnceAndAFailedRebuildKeepsTheLastDictionary() {
        taxonomy.add(KAFKA, "en", "Apache Kafka", "PREFERRED", "CURATED");
        assertThat(service.refresh()).isTrue();
        assertThat(service.refresh()).isFalse();

        taxonomy.add(KAFKA, "ru", "Кафка", "SYNONYM", "ADMIN");
        assertThat(service.refresh()).isTrue();
        assertThat(uris("Знание Кафки")).containsExactly(KAFKA);

        taxonomy.add(TERRAFORM, "en", "Terraform", "PREFERRED", "ADMIN");
        taxonomy.failing = true;
        assertThat(service.refresh()).isFalse();
        assertThat(uris("Кафка и Terraform")).containsExactly(KAFKA);
    }

    @Test
    void theDisplayLabelIsTheAdministratorsThenTheCuratorsThenEscos() {
        taxonomy.add(KAFKA, "en", "Kafka (ESCO)", "PREFERRED", "ESCO");
        taxonomy.add(KAFKA, "en", "Kafka (curated)", "PREFERRED", "CURATED");
        taxonomy.add(KAFKA, "ru", "Кафка", "PREFERRED", "CURATED");
        taxonomy.add(KAFKA, "en", "Apache Kafka", "PREFERRED", "ADMIN");
        taxonomy.add(KAFKA, "en", "Kafka", "ALT", "ESCO");

        ExtractedSkill skill = service.extract("Kafka", Language.EN, null).skills().get(0);
        assertThat(skill.label()).isEqualTo("Apache Kafka");
        assertThat(skill.explanation()).contains("synonym 'Kafka'");
        assertThat(service.dictionary().label(KAFKA, Language.RU)).isEqualTo("Кафка");
    }

    private List<String> uris(String text) {
        return service.extract(text, Language.ANY, List.of()).skills().stream().map(ExtractedSkill::uri).sorted().toList();
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition reached within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** Terms and a revision that moves with every added term; allTerms() can be held at a gate or fail. */
    private static final class InMemoryTaxonomy implements SkillTaxonomy {

        final List<SkillTerm> terms = new CopyOnWriteArrayList<>();
        final AtomicLong revision = new AtomicLong();
        final AtomicInteger revisionReads = new AtomicInteger();
        final AtomicInteger termReads = new AtomicInteger();
        volatile CountDownLatch gate = new CountDownLatch(0);
        volatile boolean failing;

        void add(String uri, String language, String text, String kind, String origin) {
            terms.add(new SkillTerm(uri, language, text, kind, origin));
            revision.incrementAndGet();
        }

        @Override
        public Stream<SkillTerm> allTerms() {
            termReads.incrementAndGet();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failing) {
                throw new IllegalStateException("database unavailable");
            }
            return List.copyOf(terms).stream();
        }

        @Override
        public long revision() {
            revisionReads.incrementAndGet();
            return revision.get();
        }

        @Override
        public Optional<SkillView> find(String uri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<SkillView> findById(String idOrUri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<SkillDetails> details(String uri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PageResponse<SkillHit> search(String q, String language, PageQuery page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SkillLabelView> labels(String uri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SkillCounts counts() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OccupationSkill> skillsOfOccupation(String occupationUri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> occupationsRequiring(String skillUri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<OccupationDemand> occupationDemand(String skillUri) {
            throw new UnsupportedOperationException();
        }
    }
}
