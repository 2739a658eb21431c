package kz.edufusion.tdss.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/**
 * Anonymized self-assessment figures of one institution: how many educators assessed themselves and the mean level
 * per competence. Figures over fewer than {@link SelfAssessments#MIN_GROUP} educators are withheld (mean null).
 */
public record AggregateView(String framework, UUID organizationId, int educators, boolean withheld,
        List<CompetenceMean> competences) {

    public record CompetenceMean(String code, LocalizedText title, int educators, Double mean) {
    }
}
