package kz.edufusion.reference.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.reference.EconomicActivity;
import kz.edufusion.reference.IscoGroup;
import kz.edufusion.reference.Occupation;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Paged search in the large classifiers. A search text matches a code by prefix or any name by
 * substring, case-insensitively; a few thousand rows need no full-text index for that.
 */
@Component
class ClassifierSearch {

    private final JdbcClient jdbc;

    ClassifierSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResponse<EconomicActivity> economicActivities(String text, Integer level, PageQuery page) {
        Filter filter = new Filter().text(text, "code", "name_kk", "name_ru", "name_en");
        if (level != null) {
            filter.add("level = :level", "level", level);
        }
        // NACE order: each section followed by its divisions
        return page(ReferenceRows.ACTIVITY, "reference.economic_activity", filter,
                "coalesce(parent_code, code), level, code", page, ReferenceRows::activity);
    }

    PageResponse<IscoGroup> iscoGroups(String text, PageQuery page) {
        Filter filter = new Filter().text(text, "code", "label_kk", "label_ru", "label_en");
        return page(ReferenceRows.ISCO, "reference.isco_group", filter, "code", page, ReferenceRows::isco);
    }

    PageResponse<Occupation> occupations(String text, String iscoGroup, PageQuery page) {
        Filter filter = new Filter().text(text, "code", "label_kk", "label_ru", "label_en", "alt_labels");
        if (iscoGroup != null && !iscoGroup.isBlank()) {
            filter.add("isco_code LIKE :isco", "isco", Filter.escape(iscoGroup.strip()) + "%");
        }
        return page(ReferenceRows.OCCUPATION, "reference.occupation", filter, "label_en, code", page,
                ReferenceRows::occupation);
    }

    private <T> PageResponse<T> page(String columns, String table, Filter filter, String order, PageQuery page,
            RowMapper<T> mapper) {
        long total = jdbc.sql("SELECT count(*) FROM " + table + filter.where()).params(filter.params)
                .query(Long.class).single();
        List<T> items = jdbc.sql("SELECT " + columns + " FROM " + table + filter.where() + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                .params(filter.params).param("limit", page.size()).param("offset", page.offset())
                .query(mapper).list();
        return PageResponse.of(items, page, total);
    }

    /** A WHERE clause built from optional conditions with named parameters (never concatenated values). */
    private static final class Filter {

        private final StringBuilder conditions = new StringBuilder();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Filter text(String text, String codeColumn, String... nameColumns) {
            if (text == null || text.isBlank()) {
                return this;
            }
            String term = escape(text.strip());
            StringBuilder any = new StringBuilder(codeColumn + " ILIKE :prefix");
            for (String column : nameColumns) {
                any.append(" OR ").append(column).append(" ILIKE :contains");
            }
            params.put("prefix", term + "%");
            params.put("contains", "%" + term + "%");
            return add("(" + any + ")", null, null);
        }

        Filter add(String condition, String name, Object value) {
            conditions.append(conditions.isEmpty() ? " WHERE " : " AND ").append(condition);
            if (name != null) {
                params.put(name, value);
            }
            return this;
        }

        String where() {
            return conditions.toString();
        }

        /** LIKE treats % and _ as wildcards; a user searching for "10_2" means the characters. */
        static String escape(String term) {
            return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
