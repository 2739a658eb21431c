package kz.edufusion.skills;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import kz.edufusion.skills.extraction.Extraction;
import kz.edufusion.skills.extraction.Language;
import kz.edufusion.skills.extraction.SkillDictionary;
import kz.edufusion.skills.extraction.SkillExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The skill extraction engine for the rest of the application, over the dictionary of the taxonomy tables
 * (ESCO import, curated vocabulary, administrators' labels, merges redirected). Each node builds its own:
 * the first build runs at start-up or first use; afterwards a call finding the last revision check older
 * than {@code edufusion.skills.dictionary-check-interval} (default 30 s) starts a check in the background,
 * which rebuilds when the {@link SkillTaxonomy#revision() revision} moved and swaps the new extractor in.
 * Readers never wait for a rebuild and keep the previous dictionary if one fails. Thread-safe.
 */
@Service
public class SkillExtractionService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SkillExtractionService.class);

    /** An extractor and the revision its dictionary was read at. */
    private record Built(SkillExtractor extractor, SkillDictionary dictionary, long revision) {
    }

    private final SkillTaxonomy taxonomy;
    private final long checkEveryNanos;
    private final LongSupplier clock;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "skill-dictionary-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile Built built;
    private volatile long nextCheck;

    @Autowired
    public SkillExtractionService(SkillTaxonomy taxonomy,
            @Value("${edufusion.skills.dictionary-check-interval:30s}") Duration checkEvery) {
        this(taxonomy, checkEvery, System::nanoTime);
    }

    SkillExtractionService(SkillTaxonomy taxonomy, Duration checkEvery, LongSupplier clock) {
        this.taxonomy = taxonomy;
        this.checkEveryNanos = checkEvery.toNanos();
        this.clock = clock;
    }

    public Extraction extract(String text, Language language, List<String> tags) {
        return current().extractor().extract(text, language, tags == null ? List.of() : tags);
    }

    /** The dictionary extraction uses now (skills, terms, exact lookups), built first if need be. */
    public SkillDictionary dictionary() {
        return current().dictionary();
    }

    /** Builds the first dictionary now unless it exists (start-up calls this so that no request waits). */
    public void warmUp() {
        current();
    }

    /**
     * Checks the revision now, in the calling thread, and rebuilds if it moved: for operators and tests that
     * must see a change at once. Answers whether a new dictionary was swapped in.
     */
    public boolean refresh() {
        Built now = built;
        if (now == null) {
            current();
            return true;
        }
        return rebuildIfMoved(now);
    }

    private Built current() {
        Built now = built;
        if (now == null) {
            synchronized (this) {
                now = built;
                if (now == null) {
                    now = build();
                    built = now;
                }
            }
        } else if (clock.getAsLong() - nextCheck >= 0 && checking.compareAndSet(false, true)) {
            Built seen = now;
            rebuilds.execute(() -> {
                try {
                    rebuildIfMoved(seen);
                } finally {
                    checking.set(false);
                }
            });
        }
        return now;
    }

    private synchronized boolean rebuildIfMoved(Built seen) {
        try {
            long revision = taxonomy.revision();
            if (revision == built.revision()) {
                return false;
            }
            built = build();
            log.info("Skill dictionary rebuilt: taxonomy revision {} -> {}", seen.revision(), built.revision());
            return true;
        } catch (RuntimeException e) {
            log.warn("Skill dictionary refresh failed, extraction keeps revision {}: {}", built.revision(), e.toString());
            return false;
        } finally {
            nextCheck = clock.getAsLong() + checkEveryNanos;
        }
    }

    /** Reads the revision before the terms: a change committed meanwhile is seen by the next check. */
    private Built build() {
        long started = System.nanoTime();
        long revision = taxonomy.revision();
        SkillDictionary dictionary = TaxonomyDictionary.build(taxonomy);
        nextCheck = clock.getAsLong() + checkEveryNanos;
        log.info("Skill dictionary built from taxonomy revision {} in {} ms: {} skills, {} terms", revision,
                (System.nanoTime() - started) / 1_000_000, dictionary.skillCount(), dictionary.termCount());
        return new Built(new SkillExtractor(dictionary), dictionary, revision);
    }

    @Override
    public void close() {
        rebuilds.shutdownNow();
    }
}
