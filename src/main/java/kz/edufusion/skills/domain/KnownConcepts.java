package kz.edufusion.skills.domain;

import java.util.HashSet;
import java.util.Set;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.reference.Occupation;
import kz.edufusion.reference.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The URIs a file's rows may point at, read once per import: checking 129k relation rows one by one
 * against the database (or the reference facade) would cost a query per row.
 */
@Component
class KnownConcepts {

    private final JdbcClient jdbc;
    private final ReferenceData reference;

    KnownConcepts(JdbcClient jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    /** Every skill in the taxonomy, merged ones included (their relations are redirected when read). */
    Set<String> skillUris() {
        return new HashSet<>(jdbc.sql("SELECT uri FROM skills.skill").query(String.class).list());
    }

    /** Every ESCO occupation of the reference module, through its facade: the skills module never reads that schema. */
    Set<String> occupationUris() {
        Set<String> uris = new HashSet<>();
        PageResponse<Occupation> page;
        int number = 0;
        do {
            page = reference.occupations(null, null, new PageQuery(number++, PageQuery.MAX_SIZE));
            page.items().forEach(o -> uris.add(o.uri()));
        } while (number < page.totalPages());
        return uris;
    }
}
