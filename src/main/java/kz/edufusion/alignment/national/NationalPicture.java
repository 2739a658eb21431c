package kz.edufusion.alignment.national;

import java.time.Instant;
import java.util.Map;
import kz.edufusion.labormarket.SurveyQuarter;
import kz.edufusion.labormarket.SurveyResults.HiringCell;

/**
 * Everything the national view shows for one filter. {@code surveyHires}: the employer survey's expected hires by
 * region for the quarter the period ends in (small cells suppressed), empty when the viewer may not read survey
 * results; {@code scoredAt}: when the gap analysis last scored the programs, null if it never ran.
 */
record NationalPicture(NationalFilter filter, NationalMatrix matrix, Portfolio portfolio, SurveyQuarter surveyQuarter,
        Map<String, HiringCell> surveyHires, Instant scoredAt) {
}
