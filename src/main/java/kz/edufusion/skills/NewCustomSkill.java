package kz.edufusion.skills;

/** An administrator's custom skill: at least one label, a type, optionally the broader ESCO concept's URI. */
public record NewCustomSkill(String labelEn, String labelRu, String labelKk, String type, String broaderUri) {
}
