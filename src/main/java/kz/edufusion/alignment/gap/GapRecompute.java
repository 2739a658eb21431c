package kz.edufusion.alignment.gap;

import java.lang.ref.SoftReference;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.alignment.engine.CatalogIndex;
import kz.edufusion.alignment.engine.DemandIndex;
import kz.edufusion.alignment.engine.GapAnalyzer;
import kz.edufusion.alignment.engine.NationalRecompute;
import kz.edufusion.alignment.engine.ProgramGap;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.labormarket.DemandSignals;
import kz.edufusion.labormarket.LaborMarketDemand;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.ProgramRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds the engine from the labor market (demand cells) and the register (programs, catalog) and stores what it
 * finds. A national run reads, computes and replaces every program's and group's result in one transaction
 * under an advisory lock, so readers see the previous run until the commit and two recomputes (two nodes, the
 * nightly job during an import) never interleave. A single program's recompute reuses the demand index of the
 * latest national run if this node built it and it is still in memory (soft reference), else builds a fresh one,
 * and upserts that program's rows; its groups catch up at the next national run.
 */
@Service
public class GapRecompute {

    private static final Logger log = LoggerFactory.getLogger(GapRecompute.class);

    private final DemandSignals signals;
    private final LaborMarketDemand demand;
    private final ProgramRegister register;
    private final GapProperties properties;
    private final GapStore store;
    private volatile CachedIndex lastIndex = new CachedIndex(-1, new SoftReference<>(null));

    GapRecompute(DemandSignals signals, LaborMarketDemand demand, ProgramRegister register, GapProperties properties,
            GapStore store) {
        this.signals = signals;
        this.demand = demand;
        this.register = register;
        this.properties = properties;
        this.store = store;
    }

    /** Recomputes every program and group; returns the run's id. */
    @Transactional
    public long recomputeNation(RecomputeTrigger trigger) {
        store.lock();
        return nation(trigger);
    }

    /**
     * The first national run, unless one exists by the time the lock is held (the import listener of a fresh demo
     * start may have run it meanwhile); returns the run's id, or empty when there was one already.
     */
    @Transactional
    public Optional<Long> recomputeNationIfNeverRun(RecomputeTrigger trigger) {
        store.lock();
        return store.lastNationalRun() >= 0 ? Optional.empty() : Optional.of(nation(trigger));
    }

    private long nation(RecomputeTrigger trigger) {
        Instant started = Instant.now();
        long nanos = System.nanoTime();
        DemandIndex index = buildIndex();
        var programs = register.alignmentPrograms();
        NationalRecompute.Result result = NationalRecompute.run(index, programs, register.disciplineCatalog());
        long computed = System.nanoTime();
        Instant finished = Instant.now();
        long runId = store.run(trigger, started, finished, programs.size(), (System.nanoTime() - nanos) / 1_000_000);
        lastIndex = new CachedIndex(runId, new SoftReference<>(index));
        store.replaceAll(runId, finished, started, programs, result.programs(), result.groups());
        log.info("Gap analysis {} run {}: {} programs, {} groups, {} demand entries; computed in {} ms, stored in {} ms",
                trigger, runId, programs.size(), result.groups().size(), index.entries(), (computed - nanos) / 1_000_000,
                (System.nanoTime() - computed) / 1_000_000);
        return runId;
    }

    /** Recomputes one program against the current demand; a program no longer in the register loses its rows. */
    @Transactional
    public Optional<ProgramGap> recomputeProgram(UUID programId) {
        store.lock();
        Optional<AlignmentProgram> program = register.alignmentProgram(programId);
        if (program.isEmpty()) {
            store.delete(programId);
            return Optional.empty();
        }
        Instant started = Instant.now();
        long nanos = System.nanoTime();
        CachedIndex cached = lastIndex;
        DemandIndex index = cached.runId() == store.lastNationalRun() ? cached.index().get() : null;
        if (index == null) {
            index = buildIndex();
        }
        ProgramGap gap = new GapAnalyzer(index, new CatalogIndex(register.disciplineCatalog(), index)).analyze(program.get());
        Instant finished = Instant.now();
        long runId = store.run(RecomputeTrigger.PROGRAM, started, finished, 1, (System.nanoTime() - nanos) / 1_000_000);
        store.upsert(runId, finished, program.get(), gap);
        return Optional.of(gap);
    }

    private DemandIndex buildIndex() {
        // the latest month with vacancies, but never later than now: a mis-dated vacancy from the future must not
        // age every real one (it counts as current instead)
        YearMonth now = YearMonth.now(PlatformTime.ZONE);
        YearMonth reference = demand.latestMonth().filter(m -> m.isBefore(now)).orElse(now);
        DemandIndex.Builder builder = DemandIndex.builder(properties.settings(reference));
        signals.forEachCell(builder::add);
        if (builder.skippedVacancies() > 0) {
            log.info("Gap analysis: {} vacancies without a 4-digit ISCO unit group left out", builder.skippedVacancies());
        }
        return builder.build();
    }

    /** The index of national run {@code runId}: valid while that run is the latest national one. */
    private record CachedIndex(long runId, SoftReference<DemandIndex> index) {
    }
}
