package kz.edufusion.labormarket.imports;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;

/**
 * Vacancy imports for pages, the API and the operator command. {@link #start} records a RUNNING run and imports in
 * the background; {@link #run} imports in the caller's thread. Either way the vacancies of a run are written in one
 * transaction: a file-level failure leaves none of them, a rejected row is reported and the good rows are kept.
 */
public interface VacancyImports {

    /** Starts the import in the background and answers the new RUNNING run; the file is deleted when it ends. */
    ImportRunView start(ImportRequest request);

    /** Imports now; {@code progress} hears the run about once a second and at the end. */
    ImportRunView run(ImportRequest request, Consumer<ImportRunView> progress);

    Optional<ImportRunView> find(long id);

    List<ImportRunView> recent(int limit);

    PageResponse<ImportRejectionView> rejections(long runId, PageQuery page);

    /** Every rejected row of the run in row order, streamed (a bad file can have a million). */
    void eachRejection(long runId, Consumer<ImportRejectionView> consumer);
}
