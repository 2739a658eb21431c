package kz.edufusion.alignment.gap.web;

import java.util.List;
import kz.edufusion.alignment.engine.CoveredSkill;
import kz.edufusion.alignment.engine.ProgramGap;
import kz.edufusion.alignment.engine.SkillEvidence;
import kz.edufusion.alignment.gap.ProgramGapRead;
import kz.edufusion.alignment.gap.web.GapRows.Advice;
import kz.edufusion.alignment.gap.web.GapRows.Demanded;
import kz.edufusion.alignment.gap.web.GapRows.SkillLink;
import kz.edufusion.alignment.gap.web.GapRows.Unused;
import kz.edufusion.programs.SkillLevel;

/** What the program's gap page shows, built from the stored analysis: rows with labels and evidence links. */
record ProgramGapView(ProgramGapRead read, List<Demanded> missing, List<Demanded> covered, List<Unused> unused,
        List<Advice> advice, String allVacanciesUrl, String regionVacanciesUrl) {

    static ProgramGapView of(ProgramGapRead read, GapSkillLabels.Labels labels) {
        ProgramGap gap = read.gap();
        if (gap == null) {
            return new ProgramGapView(read, List.of(), List.of(), List.of(), List.of(), null, null);
        }
        EvidenceLinks links = new EvidenceLinks(gap);
        List<Demanded> missing = gap.missing().stream().map(e -> demanded(e, null, labels, links)).toList();
        List<Demanded> covered = gap.covered().stream().map((CoveredSkill c) -> demanded(c.evidence(), c.level(), labels, links))
                .toList();
        List<Unused> unused = gap.taughtUnused().stream().map(u -> new Unused(link(u.skillUri(), labels), u.level(),
                u.share() * 100, u.vacancies(), links.vacancies(u.skillUri()))).toList();
        List<Advice> advice = gap.recommendations().stream().map(r -> new Advice(r,
                r.addsSkills().stream().map(s -> link(s, labels)).toList(), "/programs/" + r.programId(),
                "/programs/" + r.programId() + "/gap")).toList();
        return new ProgramGapView(read, missing, covered, unused, advice, links.vacancies(null), links.regionVacancies(null));
    }

    private static Demanded demanded(SkillEvidence e, SkillLevel level, GapSkillLabels.Labels labels, EvidenceLinks links) {
        return new Demanded(link(e.skillUri(), labels), e, level, links.vacancies(e.skillUri()),
                links.regionVacancies(e.skillUri()), links.recent(e.skillUri()), links.previous(e.skillUri()));
    }

    static SkillLink link(String uri, GapSkillLabels.Labels labels) {
        return new SkillLink(uri, labels.of(uri), EvidenceLinks.demand(uri));
    }
}
