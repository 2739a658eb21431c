package kz.edufusion.placements.rounds;

/**
 * Where an allocation round stands: DRAFT (the coordinator sets it up) -> OPEN (students rank offers until the
 * deadline) -> CLOSED (deadline passed or closed by the coordinator) -> RUN (the engine's result, to review; run again
 * after changing seats) -> PUBLISHED (the placements are made).
 */
public enum RoundStatus {
    DRAFT, OPEN, CLOSED, RUN, PUBLISHED
}
