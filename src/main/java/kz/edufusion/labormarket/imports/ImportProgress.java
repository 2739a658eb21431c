package kz.edufusion.labormarket.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The live counts of one run, written by the importing thread and read once a second by the heartbeat; rejected
 * rows wait here until the heartbeat stores them.
 */
final class ImportProgress {

    private final AtomicLong rowsRead = new AtomicLong();
    private final AtomicLong imported = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong duplicate = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final Queue<ImportRejectionView> pendingRejections = new ConcurrentLinkedQueue<>();
    private volatile LongSupplier bytesRead = () -> 0;

    void reading(LongSupplier bytes) {
        this.bytesRead = bytes;
    }

    void rowRead() {
        rowsRead.incrementAndGet();
    }

    void reject(long row, String sourceId, String reason) {
        rejected.incrementAndGet();
        pendingRejections.add(new ImportRejectionView(row, sourceId, reason));
    }

    void written(BatchOutcome outcome) {
        imported.addAndGet(outcome.imported());
        updated.addAndGet(outcome.updated());
        unchanged.addAndGet(outcome.unchanged());
        duplicate.addAndGet(outcome.duplicate());
    }

    long changed() {
        return imported.get() + updated.get() + duplicate.get();
    }

    /** Takes the rejected rows not yet stored. */
    List<ImportRejectionView> drainRejections() {
        List<ImportRejectionView> drained = new ArrayList<>();
        for (ImportRejectionView r = pendingRejections.poll(); r != null; r = pendingRejections.poll()) {
            drained.add(r);
        }
        return drained;
    }

    ImportCounts counts() {
        return new ImportCounts(bytesRead.getAsLong(), rowsRead.get(), imported.get(), updated.get(), unchanged.get(),
                duplicate.get(), rejected.get());
    }
}
