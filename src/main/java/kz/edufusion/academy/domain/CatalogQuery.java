package kz.edufusion.academy.domain;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalog search over published versions only (course.published_version_id): words in any language of title,
 * summary and tags, level, format, language of delivery, tag (GIN index on tags) and skill (index on the outcomes'
 * skill URI). The SQL is built from the filters that are set, so each one is a plain predicate the planner can use.
 */
@Repository
class CatalogQuery {

    private final JdbcClient jdbc;

    CatalogQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Result(List<VersionView> versions, List<java.util.UUID> organizations, long total) {
    }

    Result search(CatalogFilter f, PageQuery page) {
        StringBuilder where = new StringBuilder(" FROM academy.course c JOIN academy.course_version v ON v.id = c.published_version_id WHERE true");
        List<Object> params = new ArrayList<>();
        if (f.q() != null) {
            String like = "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (v.title_kk ILIKE ? OR v.title_ru ILIKE ? OR v.title_en ILIKE ? OR v.summary_kk ILIKE ? "
                    + "OR v.summary_ru ILIKE ? OR v.summary_en ILIKE ? OR array_to_string(v.tags, ' ') ILIKE ?)");
            for (int i = 0; i < 7; i++) {
                params.add(like);
            }
        }
        if (f.level() != null) {
            where.append(" AND v.level = ?");
            params.add(f.level().name());
        }
        if (f.format() != null) {
            where.append(" AND v.format = ?");
            params.add(f.format().name());
        }
        if (f.language() != null) {
            where.append(" AND v.languages @> ARRAY[?]::varchar(2)[]");
            params.add(f.language());
        }
        if (f.tag() != null) {
            where.append(" AND v.tags @> ARRAY[?]::text[]");
            params.add(f.tag());
        }
        if (f.skill() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM academy.course_outcome o WHERE o.version_id = v.id AND o.skill_uri = ?)");
            params.add(f.skill());
        }
        if (f.accredited()) {
            where.append(" AND ").append(AccreditedCourses.CATALOG_VERSION_ACCREDITED);
            java.time.LocalDate today = java.time.LocalDate.now(kz.edufusion.common.web.PlatformTime.ZONE);
            params.add(today);
            params.add(today);
        }
        long total = jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.size());
        paged.add(page.offset());
        List<java.util.UUID> organizations = new ArrayList<>();
        List<VersionView> versions = jdbc.sql("SELECT " + VersionStore.COLUMNS + ", c.organization_id" + where
                        + " ORDER BY v.published_at DESC, v.id LIMIT ? OFFSET ?")
                .params(paged).query((rs, n) -> {
                    organizations.add(rs.getObject("organization_id", java.util.UUID.class));
                    return VersionStore.version(rs, n);
                }).list();
        return new Result(versions, organizations, total);
    }

    CatalogChoices choices() {
        List<String> tags = jdbc.sql("SELECT DISTINCT unnest(v.tags) AS tag FROM academy.course c "
                + "JOIN academy.course_version v ON v.id = c.published_version_id ORDER BY tag").query(String.class).list();
        List<CatalogChoices.SkillChoice> skills = jdbc.sql("SELECT DISTINCT ON (o.skill_uri) o.skill_uri, o.skill_label_kk, "
                        + "o.skill_label_ru, o.skill_label_en FROM academy.course c JOIN academy.course_outcome o "
                        + "ON o.version_id = c.published_version_id ORDER BY o.skill_uri")
                .query((rs, n) -> new CatalogChoices.SkillChoice(rs.getString(1),
                        LocalizedText.of(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list();
        return new CatalogChoices(tags, skills);
    }
}
