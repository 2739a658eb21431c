package kz.edufusion.placements.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.Languages;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.placements.domain.PlacementView;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.skills.SkillView;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a placement's evaluation forms rate, in this order: the skills its offer requires, the skills of its practice
 * plan not already listed, the learning outcomes of the plan (by code). A placement with none of them (no offer, or
 * an offer without skills, and an empty plan) is rated on the six generic criteria of {@link #GENERIC}. Skills are
 * followed to the skill they were merged into, so one skill is rated once.
 */
@Component
public class EvaluationCriteria {

    /** The generic criteria: professional knowledge, quality of work, communication, teamwork, initiative, safety and discipline. */
    public static final List<String> GENERIC = List.of("knowledge", "quality", "communication", "teamwork", "initiative", "safety");

    private final JdbcClient jdbc;
    private final SkillTaxonomy taxonomy;
    private final MessageSource messages;

    EvaluationCriteria(JdbcClient jdbc, SkillTaxonomy taxonomy, MessageSource messages) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    public List<Criterion> of(PlacementView placement) {
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        List<String> skills = new ArrayList<>();
        if (placement.offerId() != null) {
            skills.addAll(jdbc.sql("SELECT skill_uri FROM placements.offer_skill WHERE offer_id = ? ORDER BY skill_uri")
                    .param(placement.offerId()).query(String.class).list());
        }
        skills.addAll(planned(placement.id(), "plan_assignment_skill", "skill_uri"));
        for (String uri : skills) {
            Criterion skill = skill(uri);
            criteria.putIfAbsent(skill.key(), skill);
        }
        for (String code : planned(placement.id(), "plan_assignment_outcome", "outcome_code")) {
            Criterion outcome = describe(Criterion.key(CriterionKind.OUTCOME, code));
            criteria.putIfAbsent(outcome.key(), outcome);
        }
        if (criteria.isEmpty()) {
            GENERIC.forEach(code -> criteria.put(Criterion.key(CriterionKind.GENERIC, code), describe(Criterion.key(CriterionKind.GENERIC, code))));
        }
        return List.copyOf(criteria.values());
    }

    /** A criterion by the key a form or the competence record stored (labels read now, in all three languages). */
    public Criterion describe(String key) {
        int colon = key.indexOf(':');
        CriterionKind kind = CriterionKind.valueOf(key.substring(0, colon));
        String ref = key.substring(colon + 1);
        return switch (kind) {
            case SKILL -> skill(ref);
            case OUTCOME -> new Criterion(key, kind, ref, localized("placements.evaluation.criterion.outcome", ref), null);
            case GENERIC -> new Criterion(key, kind, ref, localized("placements.evaluation.generic." + ref),
                    localized("placements.evaluation.generic." + ref + ".help"));
        };
    }

    private Criterion skill(String uri) {
        return taxonomy.find(uri).map((SkillView s) -> new Criterion(Criterion.key(CriterionKind.SKILL, s.uri()), CriterionKind.SKILL,
                s.uri(), s.label(), null)).orElseGet(() -> new Criterion(Criterion.key(CriterionKind.SKILL, uri), CriterionKind.SKILL,
                uri, LocalizedText.of(uri, uri, uri), null));
    }

    /** The skills or outcome codes the plan's assignments name, in the order of the first assignment naming each. */
    private List<String> planned(UUID placementId, String table, String column) {
        return jdbc.sql("SELECT x." + column + " FROM placements." + table + " x JOIN placements.plan_assignment a ON a.id = x.assignment_id"
                        + " WHERE a.placement_id = ? GROUP BY x." + column + " ORDER BY min(a.position), x." + column)
                .param(placementId).query(String.class).list();
    }

    private LocalizedText localized(String key, Object... args) {
        return LocalizedText.of(message(key, Languages.KAZAKH, args), message(key, Languages.RUSSIAN, args),
                message(key, Languages.ENGLISH, args));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
