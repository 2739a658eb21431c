package kz.edufusion.skills.domain;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.RejectedRow;
import java.util.List;

/** One importable skill file: where it is, which header it needs and what writes a row becomes. */
interface SkillFile {

    /** The name in skill_import_run, the CLI and the logs. */
    String dataset();

    /** Path below the bundled {@code skills/} folder; in an operator's directory also found by bare name. */
    String file();

    List<String> columns();

    /** True for the publisher's files, whose rows get the ESCO version of the import. */
    boolean esco();

    /**
     * The writes for one row, or an empty list for a row that belongs to the file but needs none.
     * Throws {@link RejectedRow} with a reason a person can act on.
     */
    List<Stmt> convert(CsvRow row, String escoVersion);

    /**
     * The file ready to read its rows. A file whose rows point at concepts of other files or modules loads
     * them here, once per import, inside the import's transaction and only when the file is really read.
     */
    default SkillFile prepared(KnownConcepts known) {
        return this;
    }
}
