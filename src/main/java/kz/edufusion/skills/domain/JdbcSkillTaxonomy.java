package kz.edufusion.skills.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.skills.OccupationDemand;
import kz.edufusion.skills.OccupationSkill;
import kz.edufusion.skills.SkillCounts;
import kz.edufusion.skills.SkillDetails;
import kz.edufusion.skills.SkillHit;
import kz.edufusion.skills.SkillLabelView;
import kz.edufusion.skills.SkillRef;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.skills.SkillTerm;
import kz.edufusion.skills.SkillView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The read side of the taxonomy, in SQL over the skills schema. */
@Service
class JdbcSkillTaxonomy implements SkillTaxonomy {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private static final int MAX_MERGE_HOPS = 10;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SkillSearch search;
    private final OccupationSkillsQuery occupationSkills;
    private final TaxonomyRevision revision;

    JdbcSkillTaxonomy(JdbcClient jdbc, JdbcTemplate template, TaxonomyRevision revision) {
        this.jdbc = jdbc;
        this.revision = revision;
        // its own template: the fetch size lets PostgreSQL stream the terms instead of the shared template's default
        this.template = new JdbcTemplate(template.getDataSource());
        this.template.setFetchSize(5000);
        this.search = new SkillSearch(jdbc);
        this.occupationSkills = new OccupationSkillsQuery(jdbc);
    }

    /** The URI after following merges, if the skill exists. */
    Optional<String> resolve(String uri) {
        String current = uri;
        for (int hop = 0; hop < MAX_MERGE_HOPS && current != null; hop++) {
            Optional<Optional<String>> row = jdbc.sql("SELECT merged_into_uri FROM skills.skill WHERE uri = ?").param(current)
                    .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            if (row.get().isEmpty()) {
                return Optional.of(current);
            }
            current = row.get().get();
        }
        return Optional.empty();
    }

    @Override
    public Optional<SkillView> find(String uri) {
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        return resolve(uri.strip()).map(this::view);
    }

    @Override
    public Optional<SkillView> findById(String idOrUri) {
        if (idOrUri == null) {
            return Optional.empty();
        }
        if (idOrUri.contains("://")) {
            return find(idOrUri);
        }
        if (!ID.matcher(idOrUri).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT uri FROM skills.skill WHERE uri LIKE ? ORDER BY source, uri LIMIT 1")
                .param("%/" + idOrUri).query(String.class).optional().flatMap(this::find);
    }

    private SkillView view(String uri) {
        LocalizedText label = SkillLabelsQuery.displayLabel(jdbc, uri);
        return jdbc.sql("SELECT uri, type, source, broader_uri, reuse_level, status, description_en, esco_version "
                        + "FROM skills.skill WHERE uri = ?").param(uri)
                .query((rs, n) -> new SkillView(rs.getString("uri"), label, rs.getString("type"), rs.getString("source"),
                        rs.getString("broader_uri"), rs.getString("reuse_level"), rs.getString("status"),
                        rs.getString("description_en"), rs.getString("esco_version")))
                .single();
    }

    @Override
    public Optional<SkillDetails> details(String uri) {
        return find(uri).map(skill -> {
            SkillRef broader = skill.broaderUri() == null ? null : broaderRef(skill.broaderUri());
            List<String> collections = jdbc.sql("SELECT collection FROM skills.skill_collection_member WHERE skill_uri = ? "
                    + "ORDER BY collection").param(skill.uri()).query(String.class).list();
            List<String> mergedFrom = jdbc.sql("SELECT uri FROM skills.skill WHERE merged_into_uri = ? ORDER BY uri")
                    .param(skill.uri()).query(String.class).list();
            return new SkillDetails(skill, labels(skill.uri()), broader, related(skill.uri(), "essential"),
                    related(skill.uri(), "optional"), collections, mergedFrom);
        });
    }

    private SkillRef broaderRef(String uri) {
        Optional<String> group = jdbc.sql("SELECT preferred_label FROM skills.skill_group WHERE uri = ?").param(uri)
                .query(String.class).optional();
        if (group.isPresent()) {
            return new SkillRef(uri, LocalizedText.of(null, null, group.get()));
        }
        return new SkillRef(uri, SkillLabelsQuery.displayLabel(jdbc, uri));
    }

    /** Related skills that exist in the taxonomy (redirected through merges), in label order. */
    private List<SkillRef> related(String uri, String type) {
        List<String> targets = jdbc.sql("""
                SELECT DISTINCT COALESCE(s.merged_into_uri, s.uri) FROM skills.skill_relation r
                JOIN skills.skill s ON s.uri = r.to_uri WHERE r.from_uri = ? AND r.relation_type = ?""")
                .params(uri, type).query(String.class).list();
        Map<String, LocalizedText> labels = SkillLabelsQuery.displayLabels(jdbc, targets);
        return targets.stream().filter(t -> !t.equals(uri)).map(t -> new SkillRef(t, labels.get(t)))
                .sorted((a, b) -> a.label().in("en").compareToIgnoreCase(b.label().in("en"))).toList();
    }

    @Override
    public PageResponse<SkillHit> search(String q, String language, PageQuery page) {
        return search.search(q, language, page);
    }

    @Override
    public List<SkillLabelView> labels(String uri) {
        return resolve(uri).map(target -> jdbc.sql("""
                SELECT id, language, text, kind, origin FROM skills.skill_label WHERE skill_uri = ?
                ORDER BY CASE language WHEN 'kk' THEN 0 WHEN 'ru' THEN 1 ELSE 2 END,
                         CASE kind WHEN 'PREFERRED' THEN 0 WHEN 'SYNONYM' THEN 1 WHEN 'ALT' THEN 2 ELSE 3 END, normalized""")
                .param(target)
                .query((rs, n) -> new SkillLabelView(rs.getLong("id"), rs.getString("language"), rs.getString("text"),
                        rs.getString("kind"), rs.getString("origin")))
                .list()).orElse(List.of());
    }

    @Override
    public Stream<SkillTerm> allTerms() {
        return template.queryForStream("""
                SELECT t.uri, l.language, l.text, l.kind, l.origin, COALESCE(b.merged_into_uri, t.broader_uri) AS broader_uri
                FROM skills.skill_label l JOIN skills.skill s ON s.uri = l.skill_uri
                JOIN skills.skill t ON t.uri = COALESCE(s.merged_into_uri, s.uri)
                LEFT JOIN skills.skill b ON b.uri = t.broader_uri""",
                (rs, n) -> new SkillTerm(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
    }

    @Override
    public long revision() {
        return revision.current();
    }

    @Override
    public SkillCounts counts() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM skills.skill WHERE merged_into_uri IS NULL),
                       (SELECT count(*) FROM skills.skill WHERE merged_into_uri IS NULL AND source = 'ESCO'),
                       (SELECT count(*) FROM skills.skill WHERE merged_into_uri IS NULL AND source = 'CUSTOM'),
                       (SELECT count(*) FROM skills.skill WHERE merged_into_uri IS NOT NULL),
                       (SELECT count(*) FROM skills.skill_label),
                       (SELECT count(*) FROM skills.skill_label WHERE language = 'kk'),
                       (SELECT count(*) FROM skills.skill_label WHERE language = 'ru'),
                       (SELECT count(*) FROM skills.skill_label WHERE language = 'en'),
                       (SELECT count(*) FROM skills.skill_group),
                       (SELECT count(*) FROM skills.skill_relation)""")
                .query((rs, n) -> new SkillCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)))
                .single();
    }

    @Override
    public List<OccupationSkill> skillsOfOccupation(String occupationUri) {
        if (occupationUri == null || occupationUri.isBlank()) {
            return List.of();
        }
        return occupationSkills.skillsOf(occupationUri.strip());
    }

    @Override
    public List<String> occupationsRequiring(String skillUri) {
        return skillUri == null ? List.of()
                : resolve(skillUri.strip()).map(occupationSkills::occupationsRequiring).orElse(List.of());
    }

    @Override
    public Optional<OccupationDemand> occupationDemand(String skillUri) {
        return skillUri == null ? Optional.empty() : resolve(skillUri.strip()).flatMap(occupationSkills::demand);
    }
}
