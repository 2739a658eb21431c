package kz.edufusion.labormarket.employers;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.labormarket.imports.EmployerLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employer links over {@code labormarket.employer_link}: an administrator's link is read from the table on every
 * question (so all nodes see it at once), the automatic match comes from {@link CompanyNames}.
 */
@Service
class JdbcEmployerLinks implements EmployerLinks, EmployerLinking {

    private static final String FILTER = "v.employer_key IS NOT NULL AND (:q = '' OR v.employer_name ILIKE :pattern ESCAPE '\\' "
            + "OR v.employer_key LIKE lower(:pattern) ESCAPE '\\')";

    private final JdbcClient jdbc;
    private final CompanyNames companies;
    private final IdentityDirectory directory;
    private final AuditLog audit;

    JdbcEmployerLinks(JdbcClient jdbc, CompanyNames companies, IdentityDirectory directory, AuditLog audit) {
        this.jdbc = jdbc;
        this.companies = companies;
        this.directory = directory;
        this.audit = audit;
    }

    @Override
    public Optional<UUID> organizationFor(String employerKey) {
        if (employerKey == null || employerKey.isBlank()) {
            return Optional.empty();
        }
        return linked(employerKey).or(() -> companies.match(employerKey).map(OrganizationView::id));
    }

    @Override
    @Transactional(readOnly = true)
    public PageResponse<EmployerRow> employers(String query, PageQuery page, Locale locale) {
        String q = query == null ? "" : query.strip();
        String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long total = jdbc.sql("SELECT count(DISTINCT v.employer_key) FROM labormarket.vacancy v WHERE " + FILTER)
                .param("q", q).param("pattern", pattern).query(Long.class).single();
        List<EmployerRow> rows = jdbc.sql("SELECT v.employer_key, min(v.employer_name) AS employer_name, count(*) AS vacancies, "
                        + "l.organization_id FROM labormarket.vacancy v "
                        + "LEFT JOIN labormarket.employer_link l ON l.employer_key = v.employer_key WHERE " + FILTER
                        + " GROUP BY v.employer_key, l.organization_id ORDER BY count(*) DESC, v.employer_key "
                        + "LIMIT :size OFFSET :offset")
                .param("q", q).param("pattern", pattern).param("size", page.size()).param("offset", page.offset())
                .query((rs, n) -> row(rs.getString("employer_name"), rs.getString("employer_key"), rs.getLong("vacancies"),
                        rs.getObject("organization_id", UUID.class), locale))
                .list();
        return PageResponse.of(rows, page, total);
    }

    @Override
    public List<Company> companies(Locale locale) {
        return companies.companies().stream().map(CompanyNames.Company::organization)
                .map(o -> new Company(o.id(), o.name().in(locale)))
                .sorted(Comparator.comparing(Company::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    @Transactional
    public void link(String employerKey, UUID organizationId, UUID actor) {
        String key = existingKey(employerKey);
        OrganizationView organization = (organizationId == null ? Optional.<OrganizationView>empty()
                : directory.organization(organizationId))
                .filter(o -> o.type() == OrganizationType.COMPANY && o.status() == OrganizationStatus.ACTIVE)
                .orElseThrow(() -> DomainProblem.invalid("lm.employers.error.organization"));
        jdbc.sql("""
                INSERT INTO labormarket.employer_link (employer_key, organization_id, linked_by) VALUES (:key, :org, :actor)
                ON CONFLICT (employer_key) DO UPDATE SET organization_id = :org, linked_by = :actor, linked_at = now()""")
                .param("key", key).param("org", organization.id()).param("actor", actor).update();
        int vacancies = jdbc.sql("""
                UPDATE labormarket.vacancy SET organization_id = :org, nace_section = coalesce(nace_section, :oked),
                    updated_at = now() WHERE employer_key = :key""")
                .param("org", organization.id()).param("oked", organization.okedSection()).param("key", key).update();
        audit.record("labormarket.employer.link", "employer", auditId(key),
                "linked to " + organization.id() + "; " + vacancies + " vacancies");
    }

    @Override
    @Transactional
    public void unlink(String employerKey) {
        String key = employerKey == null ? "" : employerKey;
        UUID previous = jdbc.sql("DELETE FROM labormarket.employer_link WHERE employer_key = ? RETURNING organization_id")
                .param(key).query(UUID.class).optional()
                .orElseThrow(() -> DomainProblem.notFound("lm.employers.error.notLinked"));
        // the automatic match takes over; a section the organization gave stays, since it cannot be told apart
        UUID automatic = companies.match(key).map(OrganizationView::id).orElse(null);
        jdbc.sql("UPDATE labormarket.vacancy SET organization_id = :org, updated_at = now() WHERE employer_key = :key")
                .param("org", automatic).param("key", key).update();
        audit.record("labormarket.employer.unlink", "employer", auditId(key), "was " + previous);
    }

    private EmployerRow row(String name, String key, long vacancies, UUID linkedId, Locale locale) {
        if (linkedId != null) {
            String organization = directory.organization(linkedId).map(o -> o.name().in(locale)).orElse(null);
            return new EmployerRow(name, key, vacancies, linkedId, organization, EmployerRow.Link.LINKED);
        }
        return companies.match(key)
                .map(o -> new EmployerRow(name, key, vacancies, o.id(), o.name().in(locale), EmployerRow.Link.AUTO))
                .orElseGet(() -> new EmployerRow(name, key, vacancies, null, null, EmployerRow.Link.NONE));
    }

    private Optional<UUID> linked(String key) {
        return jdbc.sql("SELECT organization_id FROM labormarket.employer_link WHERE employer_key = ?").param(key)
                .query(UUID.class).optional();
    }

    private String existingKey(String employerKey) {
        String key = employerKey == null ? "" : employerKey;
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM labormarket.vacancy WHERE employer_key = ?)").param(key)
                .query(Boolean.class).single();
        if (!known) {
            throw DomainProblem.notFound("lm.employers.error.unknown");
        }
        return key;
    }

    /** The audit log keeps object ids up to 80 characters. */
    private static String auditId(String key) {
        return key.length() <= 80 ? key : key.substring(0, 80);
    }
}
