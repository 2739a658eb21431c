package kz.edufusion.placements.supervision;

/** A diary entry is SUBMITTED until the mentor APPROVES it or RETURNS it with a comment; a returned entry edited is submitted again. */
public enum DiaryStatus {
    SUBMITTED, APPROVED, RETURNED
}
