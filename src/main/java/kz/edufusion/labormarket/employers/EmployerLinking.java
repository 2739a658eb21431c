package kz.edufusion.labormarket.employers;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;

/** Administrators' view and decisions on which company organization an employer name of the vacancies is. */
public interface EmployerLinking {

    /** Employer names found in vacancies (most vacancies first), filtered by a part of the name when given. */
    PageResponse<EmployerRow> employers(String query, PageQuery page, Locale locale);

    /** The active company organizations one can link to, by name in the locale's language. */
    List<Company> companies(Locale locale);

    /**
     * Links the employer key to an active company organization; its vacancies get the organization (and its OKED
     * section where they have none) in the same transaction.
     */
    void link(String employerKey, UUID organizationId, UUID actor);

    /** Removes the administrator's link; the vacancies fall back to the automatic match, if any. */
    void unlink(String employerKey);

    record Company(UUID id, String name) {
    }
}
