package kz.edufusion.programs.imports;

import java.util.List;

/** What an import did: programs created and updated, children written, and every rejected row. */
public record ImportReport(int programsCreated, int programsUpdated, int outcomes, int disciplines, int cohorts,
        int proposals, List<ImportRejection> rejections) {

    public ImportReport {
        rejections = List.copyOf(rejections);
    }

    public int rejected() {
        return rejections.size();
    }
}
