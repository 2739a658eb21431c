package kz.edufusion.skills.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The skills.taxonomy_revision counter. {@link #bump()} runs inside the transaction of the change it
 * announces, so a node that reads a new revision also sees the change; the row lock it takes until commit
 * is short because writers bump last.
 */
@Repository
class TaxonomyRevision {

    private final JdbcClient jdbc;

    TaxonomyRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        return jdbc.sql("SELECT revision FROM skills.taxonomy_revision WHERE id = 1").query(Long.class).single();
    }

    void bump() {
        jdbc.sql("UPDATE skills.taxonomy_revision SET revision = revision + 1, changed_at = now() WHERE id = 1").update();
    }
}
