package kz.edufusion.programs.imports;

/** What one upload may hold; a register's whole university fits well inside (KazNU has a few hundred programs). */
public final class ImportLimits {

    /** Bytes per uploaded file. */
    public static final long MAX_FILE = 20L * 1024 * 1024;
    /** Data rows per table. */
    public static final int MAX_ROWS = 50_000;
    /** Characters per cell: an outcome is a paragraph, not a document. */
    public static final int MAX_CELL = 4000;

    private ImportLimits() {
    }
}
