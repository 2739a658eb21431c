package kz.edufusion.placements.web;

/** A reason given for a step (an amendment of the agreement, its termination), shown to every party. */
public class ReasonForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
