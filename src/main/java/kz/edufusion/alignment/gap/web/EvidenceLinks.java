package kz.edufusion.alignment.gap.web;

import java.time.YearMonth;
import kz.edufusion.alignment.engine.ProgramGap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages behind the numbers of a program's gap analysis: the vacancy list with exactly the filters the count
 * was made with (skill, the program's ISCO unit groups, its sectors if any, its region for the regional count,
 * the recent or previous period for growth), and the skill's demand page for weighted shares.
 */
final class EvidenceLinks {

    private final ProgramGap gap;

    EvidenceLinks(ProgramGap gap) {
        this.gap = gap;
    }

    String vacancies(String skillUri) {
        return base(skillUri).toUriString();
    }

    String regionVacancies(String skillUri) {
        return base(skillUri).queryParam("region", gap.regionCode()).toUriString();
    }

    String recent(String skillUri) {
        YearMonth end = gap.referenceMonth();
        return period(skillUri, end.minusMonths(gap.growthMonths() - 1L), end);
    }

    String previous(String skillUri) {
        YearMonth end = gap.referenceMonth().minusMonths(gap.growthMonths());
        return period(skillUri, end.minusMonths(gap.growthMonths() - 1L), end);
    }

    static String demand(String skillUri) {
        return UriComponentsBuilder.fromPath("/demand/skills/{id}").buildAndExpand(skillId(skillUri)).encode().toUriString();
    }

    static String skillId(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private String period(String skillUri, YearMonth from, YearMonth to) {
        return base(skillUri).queryParam("publishedFrom", from.atDay(1)).queryParam("publishedTo", to.atEndOfMonth())
                .toUriString();
    }

    private UriComponentsBuilder base(String skillUri) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/vacancies");
        if (skillUri != null) {
            uri.queryParam("skill", skillUri);
        }
        gap.iscoCodes().forEach(code -> uri.queryParam("isco", code));
        gap.sectors().forEach(code -> uri.queryParam("sections", code));
        return uri.encode();
    }
}
