package kz.edufusion.academy.accreditation;

/** How many courses are accredited today, against the EDUFUSION target of 10 accredited online courses. */
public record AccreditationProgress(long accredited, int target) {

    public static final int TARGET = 10;

    public int percent() {
        return (int) Math.min(100, accredited * 100 / target);
    }
}
