package kz.edufusion.labormarket.imports;

/** Where a vacancy import run stands. */
public enum ImportStatus {
    RUNNING, COMPLETED, FAILED
}
