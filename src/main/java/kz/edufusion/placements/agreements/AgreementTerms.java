package kz.edufusion.placements.agreements;

import java.time.LocalDate;
import java.util.List;

/**
 * What the university or the company writes into a version: the document's language ("kk" or "ru"), the dates,
 * hours per week, the monthly stipend in KZT (null = unpaid), the student's individual tasks in order, the academic
 * tutor and the company mentor by name (required before sending), who owns the results of the work, and for an
 * amendment (version 2 on) its reason.
 */
public record AgreementTerms(String language, LocalDate startsOn, LocalDate endsOn, Integer hoursPerWeek, Integer stipendKzt,
        List<String> tasks, String tutorName, String mentorName, IpOwner ipOwner, String amendmentReason) {

    public AgreementTerms {
        tasks = tasks == null ? List.of() : tasks.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
    }

    public boolean paid() {
        return stipendKzt != null && stipendKzt > 0;
    }
}
