package kz.edufusion.tdss.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.edufusion.tdss.domain.CompetenceRating;
import kz.edufusion.tdss.domain.FrameworkView;
import kz.edufusion.tdss.domain.ProfileView;

/**
 * What the radar chart's canvas carries as JSON in data attributes (no inline script under the CSP): competence
 * codes, own level ranks, target ranks and the level codes for the scale.
 */
record RadarChart(String labels, String own, String target, String levels) {

    static RadarChart of(FrameworkView framework, ProfileView profile, ObjectMapper json) {
        try {
            return new RadarChart(json.writeValueAsString(profile.competences().stream().map(CompetenceRating::code).toList()),
                    json.writeValueAsString(profile.competences().stream().map(CompetenceRating::rank).toList()),
                    json.writeValueAsString(profile.competences().stream().map(CompetenceRating::targetRank).toList()),
                    json.writeValueAsString(framework.levels().stream().map(l -> l.code()).toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
