package kz.edufusion.academy;

/** Where a course takes place: online, or on site (live sessions at a campus). */
public enum Delivery {
    ONLINE, ON_SITE
}
