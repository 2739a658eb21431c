package kz.edufusion.reference.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import kz.edufusion.reference.ImportRun;

/** One line of the overview: a dataset, its row count and its last import (null when never imported). */
record DatasetSummary(String key, long rows, ImportRun lastImport, ZonedDateTime importedAt) {

    static DatasetSummary of(String key, long rows, ImportRun lastImport) {
        // shown in the server's zone: administrators and the server are in Kazakhstan
        ZonedDateTime at = lastImport == null ? null : lastImport.importedAt().atZone(ZoneId.systemDefault());
        return new DatasetSummary(key, rows, lastImport, at);
    }
}
