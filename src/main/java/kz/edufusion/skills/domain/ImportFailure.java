package kz.edufusion.skills.domain;

/** A dataset cannot be imported at all (unreadable file, wrong header); nothing of it is written. */
final class ImportFailure extends RuntimeException {

    ImportFailure(String message) {
        super(message);
    }
}
