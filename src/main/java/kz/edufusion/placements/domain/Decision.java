package kz.edufusion.placements.domain;

import java.time.Instant;

/** A company's step on an application: shortlist, interview (when and where or which link), accept, reject (why). */
public record Decision(Action action, Instant interviewAt, String interviewPlace, String reason) {

    public enum Action {
        SHORTLIST, INTERVIEW, ACCEPT, REJECT
    }
}
