package kz.edufusion.skills.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.skills.NewCustomSkill;
import kz.edufusion.skills.SkillCuration;
import kz.edufusion.skills.SkillLabelView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' edits: ADMIN labels, merges of duplicates and custom skills, each audited and announced by a
 * new taxonomy revision in its transaction (so every node's extraction dictionary picks it up).
 */
@Service
@Transactional
class SkillCurationService implements SkillCuration {

    static final int MAX_LABEL = 200;
    static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    static final Set<String> KINDS = Set.of("PREFERRED", "SYNONYM");
    static final Set<String> TYPES = Set.of("skill", "knowledge", "transversal", "language");

    private final JdbcClient jdbc;
    private final JdbcSkillTaxonomy taxonomy;
    private final AuditLog audit;
    private final TaxonomyRevision revision;

    SkillCurationService(JdbcClient jdbc, JdbcSkillTaxonomy taxonomy, AuditLog audit, TaxonomyRevision revision) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.revision = revision;
    }

    @Override
    public SkillLabelView addLabel(String skillUri, String language, String text, String kind) {
        String uri = existing(skillUri);
        String label = text == null ? "" : text.strip();
        if (label.isEmpty() || label.length() > MAX_LABEL || !LANGUAGES.contains(language) || !KINDS.contains(kind)) {
            throw DomainProblem.invalid("skills.label.invalid");
        }
        if (hasLabel(uri, language, label)) {
            throw DomainProblem.conflict("skills.label.duplicate", label);
        }
        long id = jdbc.sql("INSERT INTO skills.skill_label (skill_uri, language, text, kind, origin) "
                        + "VALUES (?, ?, ?, ?, 'ADMIN') RETURNING id")
                .params(uri, language, label, kind).query(Long.class).single();
        audit.record("skills.label.add", "skill", auditId(uri), language + " " + kind + ": " + label);
        revision.bump();
        return new SkillLabelView(id, language, label, kind, "ADMIN");
    }

    @Override
    public void removeLabel(String skillUri, long labelId) {
        String uri = existing(skillUri);
        if (jdbc.sql("SELECT count(*) FROM skills.skill_label WHERE skill_uri = ?").param(uri).query(Integer.class).single() <= 1) {
            throw DomainProblem.conflict("skills.label.last");
        }
        String removed = jdbc.sql("DELETE FROM skills.skill_label WHERE id = ? AND skill_uri = ? RETURNING language || ' ' || kind || ': ' || text")
                .params(labelId, uri).query(String.class).optional()
                .orElseThrow(() -> DomainProblem.notFound("skills.label.notFound"));
        audit.record("skills.label.remove", "skill", auditId(uri), removed);
        revision.bump();
    }

    @Override
    public void merge(String fromUri, String intoUri) {
        String from = existing(fromUri);
        String into = existing(intoUri);
        if (from.equals(into)) {
            throw DomainProblem.invalid("skills.merge.invalid");
        }
        // labels the target lacks move over as synonyms (kept under the administrator's protection); the rest go
        int moved = jdbc.sql("""
                UPDATE skills.skill_label l SET skill_uri = :into, kind = 'SYNONYM', origin = 'ADMIN', updated_at = now()
                WHERE l.skill_uri = :from AND NOT EXISTS (SELECT 1 FROM skills.skill_label t
                    WHERE t.skill_uri = :into AND t.language = l.language AND t.normalized = l.normalized)""")
                .param("from", from).param("into", into).update();
        int dropped = jdbc.sql("DELETE FROM skills.skill_label WHERE skill_uri = ?").param(from).update();
        jdbc.sql("UPDATE skills.skill SET merged_into_uri = :into, updated_at = now() WHERE uri = :from OR merged_into_uri = :from")
                .param("from", from).param("into", into).update();
        audit.record("skills.merge", "skill", auditId(from), "merged into " + into + "; " + moved + " labels moved, "
                + dropped + " duplicates dropped");
        revision.bump();
    }

    @Override
    public String createCustom(NewCustomSkill skill) {
        List<String[]> labels = List.of(new String[] {"en", skill.labelEn()}, new String[] {"ru", skill.labelRu()},
                new String[] {"kk", skill.labelKk()});
        if (labels.stream().allMatch(l -> l[1] == null || l[1].isBlank())
                || labels.stream().anyMatch(l -> l[1] != null && l[1].strip().length() > MAX_LABEL)
                || !TYPES.contains(skill.type())) {
            throw DomainProblem.invalid("skills.custom.invalid");
        }
        String broader = skill.broaderUri() == null || skill.broaderUri().isBlank() ? null : skill.broaderUri().strip();
        if (broader != null && !conceptExists(broader)) {
            throw DomainProblem.invalid("skills.broader.unknown", broader);
        }
        String uri = CuratedSkillFile.CUSTOM_PREFIX + slug(firstLabel(skill));
        jdbc.sql("INSERT INTO skills.skill (uri, source, type, broader_uri) VALUES (?, 'CUSTOM', ?, ?)")
                .params(uri, skill.type(), broader).update();
        for (String[] label : labels) {
            if (label[1] != null && !label[1].isBlank()) {
                jdbc.sql("INSERT INTO skills.skill_label (skill_uri, language, text, kind, origin) VALUES (?, ?, ?, 'PREFERRED', 'ADMIN')")
                        .params(uri, label[0], label[1].strip()).update();
            }
        }
        audit.record("skills.custom.create", "skill", auditId(uri), firstLabel(skill));
        revision.bump();
        return uri;
    }

    boolean hasLabel(String uri, String language, String text) {
        return jdbc.sql("SELECT count(*) FROM skills.skill_label WHERE skill_uri = ? AND language = ? AND normalized = lower(?)")
                .params(uri, language, text).query(Integer.class).single() > 0;
    }

    private boolean conceptExists(String uri) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM skills.skill WHERE uri = :u) OR EXISTS (SELECT 1 FROM skills.skill_group WHERE uri = :u)")
                .param("u", uri).query(Boolean.class).single();
    }

    private String existing(String uri) {
        return taxonomy.resolve(uri == null ? "" : uri).orElseThrow(() -> DomainProblem.notFound("skills.notFound"));
    }

    /** The audit log keeps object ids up to 80 characters; longer URIs are identified by their last segment. */
    static String auditId(String uri) {
        return uri.length() <= 80 ? uri : uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String firstLabel(NewCustomSkill skill) {
        for (String label : new String[] {skill.labelEn(), skill.labelRu(), skill.labelKk()}) {
            if (label != null && !label.isBlank()) {
                return label.strip();
            }
        }
        return "";
    }

    /** A readable slug for Latin labels; a Cyrillic-only label gets a short random one. Unique by a random suffix. */
    private static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return ascii.isEmpty() ? "skill-" + suffix : (ascii.length() > 40 ? ascii.substring(0, 40).replaceAll("-$", "") : ascii) + "-" + suffix;
    }
}
