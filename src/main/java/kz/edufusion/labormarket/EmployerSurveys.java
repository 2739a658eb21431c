package kz.edufusion.labormarket;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;

/**
 * The quarterly employer survey as pages, the API and other modules (the quarterly labor-market analysis) use it.
 * Authorization is checked here: a company's answer is read and written only by its representatives (an
 * administrator may read it); everyone else sees the aggregated {@link SurveyResults}.
 */
public interface EmployerSurveys {

    /** The quarter whose answers may be given now. */
    SurveyQuarter currentQuarter();

    /** The company's answer; refused (403) unless the user represents the company or is an administrator. */
    Optional<SurveyAnswer> answer(CurrentUser user, SurveyQuarter quarter, UUID organizationId);

    /** Earlier and current answers of the company, newest first (same rule as {@link #answer}). */
    List<SurveyAnswer> history(CurrentUser user, UUID organizationId);

    /**
     * Saves the company's answer for the quarter as a draft or submits it, replacing what was saved before. Refused
     * (403) unless the user represents the active company, and (409) once the quarter has ended; invalid fields
     * throw {@link SurveyInputRejected} and nothing is saved. The change is recorded in the audit log.
     */
    SurveyAnswer save(CurrentUser user, SurveyQuarter quarter, UUID organizationId, SurveyDraft draft, boolean submit);

    /** The quarter's aggregates with small cells suppressed: what analysts, coordinators and reports see. */
    SurveyResults results(SurveyQuarter quarter);

    /** The aggregates as this user may see them: unsuppressed for administrators, suppressed for everyone else. */
    SurveyResults results(CurrentUser user, SurveyQuarter quarter);

    /** Quarters that have answers, plus the current one, newest first. */
    List<SurveyQuarter> quarters();
}
