package kz.edufusion.academy.accreditation;

/** A reviewer's finding on one criterion; anything short of MET needs a comment the owner can act on. */
public enum Verdict {
    MET, PARTLY_MET, NOT_MET
}
