package kz.edufusion.alignment.national;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.alignment.AlignmentResults;
import kz.edufusion.alignment.AlignmentRun;
import kz.edufusion.alignment.ProgramScore;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.labormarket.DemandSignals;
import kz.edufusion.labormarket.EmployerSurveys;
import kz.edufusion.labormarket.LaborMarketDemand;
import kz.edufusion.labormarket.SurveyQuarter;
import kz.edufusion.labormarket.SurveyResults;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.ProgramRegister;
import kz.edufusion.reference.FieldOfEducation;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.reference.Region;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The national view's use case: who may read it, the filter's defaults, and the supply/demand matrix and program
 * portfolio of a filter, read from the register, the demand signals, the latest alignment scores and the survey.
 * National aggregates are for administrators, Ministry analysts, QA reviewers and university coordinators, of any
 * organization (they show no organization's own data beyond its programs' register entries and scores).
 */
@Service
class NationalView {

    private final ProgramRegister register;
    private final DemandSignals signals;
    private final LaborMarketDemand demand;
    private final AlignmentResults results;
    private final EmployerSurveys surveys;
    private final ReferenceData reference;

    NationalView(ProgramRegister register, DemandSignals signals, LaborMarketDemand demand, AlignmentResults results,
            EmployerSurveys surveys, ReferenceData reference) {
        this.register = register;
        this.signals = signals;
        this.demand = demand;
        this.results = results;
        this.surveys = surveys;
        this.reference = reference;
    }

    static boolean mayRead(CurrentUser user) {
        return user.isAdmin() || user.has(Role.MINISTRY_ANALYST) || user.has(Role.QA_REVIEWER)
                || user.has(Role.UNIVERSITY_COORDINATOR);
    }

    /** The filter of a form, refused (400, every bad field named) when a code or month is wrong. */
    NationalFilter filter(NationalFilterForm form) {
        return form.filter(demand.latestMonth().orElse(YearMonth.now(PlatformTime.ZONE)), reference);
    }

    NationalPicture picture(CurrentUser user, NationalFilter filter) {
        if (!mayRead(user)) {
            throw new AccessDeniedException("the national view is for analysts, administrators, QA reviewers and coordinators");
        }
        List<AlignmentProgram> programs = register.alignmentPrograms();
        NationalMatrix matrix = SupplyDemandMatrix.build(filter, programs, signals::forEachCell,
                reference.fieldsOfEducation().stream().map(FieldOfEducation::code).toList(),
                reference.regions().stream().map(Region::code).toList());
        Map<UUID, ProgramScore> scores = results.latestScores().stream().filter(ProgramScore::measurable)
                .collect(Collectors.toMap(ProgramScore::programId, Function.identity(), (a, b) -> a));
        SurveyQuarter quarter = SurveyQuarter.of(filter.to().atDay(1));
        return new NationalPicture(filter, matrix, Portfolio.of(filter, programs, scores), quarter,
                surveyHires(user, quarter), results.lastRun().map(AlignmentRun::finishedAt).orElse(null));
    }

    /** The survey module lets administrators, analysts and coordinators read its results; QA reviewers see none. */
    private Map<String, SurveyResults.HiringCell> surveyHires(CurrentUser user, SurveyQuarter quarter) {
        if (!user.isAdmin() && !user.has(Role.MINISTRY_ANALYST) && !user.has(Role.UNIVERSITY_COORDINATOR)) {
            return Map.of();
        }
        return surveys.results(quarter).hiresByRegion().stream().filter(c -> c.code() != null)
                .collect(Collectors.toMap(SurveyResults.HiringCell::code, Function.identity(), (a, b) -> a));
    }
}
