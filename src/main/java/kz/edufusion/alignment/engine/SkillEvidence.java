package kz.edufusion.alignment.engine;

/**
 * What the market says about one skill for one program. {@code weight}: recency-, source- and region-weighted
 * vacancies; {@code share}: weight over the weight of all the program's vacancies (0..1). The counts are raw
 * vacancies of the program's target groups and sectors, national ({@code vacancies}) and in its own region;
 * growth compares the recent period with the one before it (null when the previous had none); mean monthly
 * salaries in KZT of the vacancies asking for the skill and of those not asking for it (null with too few
 * vacancies naming a salary).
 */
public record SkillEvidence(String skillUri, double weight, double share, int vacancies, int regionVacancies,
        int recentVacancies, int previousVacancies, Double growthPercent, int withSalary, Double meanSalaryWithKzt,
        Double meanSalaryWithoutKzt) {
}
