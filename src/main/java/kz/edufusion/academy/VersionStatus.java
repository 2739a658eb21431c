package kz.edufusion.academy;

/** A course version is a DRAFT its owner edits until it is PUBLISHED; a published version never changes again. */
public enum VersionStatus {
    DRAFT, PUBLISHED
}
