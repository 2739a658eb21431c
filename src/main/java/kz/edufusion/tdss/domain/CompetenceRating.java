package kz.edufusion.tdss.domain;

import kz.edufusion.common.LocalizedText;

/** One competence of a profile: the self-rated level (0 = not rated), the role's target and the gap to it. */
public record CompetenceRating(String code, String areaCode, LocalizedText title, int rank, String level, int targetRank,
        String target, int gap) {
}
