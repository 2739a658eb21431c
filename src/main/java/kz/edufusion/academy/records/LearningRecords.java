package kz.edufusion.academy.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the learning records. A platform administrator reads every statement; anyone else reads the statements
 * about themselves and those of the courses they own, and nothing more, whatever the filters say. Asking for another
 * person's statements without owning any course and without being an administrator is refused (403); an owner who
 * asks for a learner or an activity outside their courses gets an empty page, as for one with no statements.
 */
@Service
@Transactional(readOnly = true)
public class LearningRecords {

    private final StatementStore store;
    private final JdbcClient jdbc;

    LearningRecords(StatementStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    public StatementPage page(CurrentUser user, StatementFilter filter) {
        UUID scope = scope(user, filter);
        List<StatementStore.StoredStatement> rows = store.page(filter, scope);
        boolean more = rows.size() > filter.limit();
        List<StatementStore.StoredStatement> shown = more ? rows.subList(0, filter.limit()) : rows;
        List<ObjectNode> statements = shown.stream().map(r -> store.parse(r.json())).toList();
        StatementStore.StoredStatement last = more ? shown.get(shown.size() - 1) : null;
        return new StatementPage(statements, last == null ? null : last.stored(), last == null ? null : last.id());
    }

    /** Every statement the user may read under the filter (no page size), one JSON text at a time. */
    public void export(CurrentUser user, StatementFilter filter, Consumer<String> statement) {
        store.each(filter, scope(user, filter), row -> statement.accept(row.json()));
    }

    /** The person whose reach limits the query, or null for an administrator (who reads everything). */
    private UUID scope(CurrentUser user, StatementFilter filter) {
        if (user.isAdmin()) {
            return null;
        }
        boolean foreignAgent = filter.agent() != null && !filter.agent().equals(user.personId());
        if (foreignAgent && !ownsAnyCourse(user)) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "forbidden", "academy.xapi.problem.foreignAgent");
        }
        return user.personId();
    }

    private boolean ownsAnyCourse(CurrentUser user) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM academy.course WHERE owner_id = ?)").param(user.personId())
                .query(Boolean.class).single();
    }
}
