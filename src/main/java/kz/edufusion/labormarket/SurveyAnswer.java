package kz.edufusion.labormarket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** One company's answer for one quarter, as its representatives and administrators see it. */
public record SurveyAnswer(long id, SurveyQuarter quarter, UUID organizationId, UUID respondentId, Status status,
        String comment, Instant submittedAt, Instant updatedAt, List<SkillNeed> skillNeeds, List<Hiring> hires) {

    public SurveyAnswer {
        skillNeeds = List.copyOf(skillNeeds);
        hires = List.copyOf(hires);
    }

    public enum Status { DRAFT, SUBMITTED }

    /** A skill the company needs within {@code horizonYears} (1-3), with its importance (1-5). */
    public record SkillNeed(String skillUri, LocalizedText label, int importance, int horizonYears) {
    }

    /** People the company expects to hire in an occupation and region within {@code horizonYears}. */
    public record Hiring(String occupationUri, LocalizedText occupation, String regionCode, LocalizedText region,
            int expectedHires, int horizonYears) {
    }
}
