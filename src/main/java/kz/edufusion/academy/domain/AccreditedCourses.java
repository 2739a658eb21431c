package kz.edufusion.academy.domain;

/**
 * The one rule of the "accredited" mark, as SQL, for the catalog's filter and the accreditation's own queries alike: a
 * course is accredited on a day when the version its catalog shows has an APPROVED review whose validity includes
 * that day. A newer published version is not covered by the approval of an older one.
 */
public final class AccreditedCourses {

    /** An approval valid on the day, on review alias {@code r}; two parameters: the day, twice. */
    public static final String VALID_APPROVAL = "r.decision = 'APPROVED' AND r.valid_from <= ? AND r.valid_until >= ?";

    /** Course alias {@code c} is accredited on the day; two parameters: the day, twice. */
    public static final String CATALOG_VERSION_ACCREDITED = "EXISTS (SELECT 1 FROM academy.accreditation_submission s"
            + " JOIN academy.accreditation_review r ON r.submission_id = s.id WHERE s.version_id = c.published_version_id AND "
            + VALID_APPROVAL + ")";

    private AccreditedCourses() {
    }
}
