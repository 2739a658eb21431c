package kz.edufusion.skills.domain;

/**
 * One queued write. {@code stage} orders the batches: skills (0) are written before what points at them (1),
 * so a label never reaches the database before its skill.
 */
record Stmt(int stage, String sql, Object[] parameters) {

    static Stmt skill(String sql, Object... parameters) {
        return new Stmt(0, sql, parameters);
    }

    static Stmt dependent(String sql, Object... parameters) {
        return new Stmt(1, sql, parameters);
    }
}
