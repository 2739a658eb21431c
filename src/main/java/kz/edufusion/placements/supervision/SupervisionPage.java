package kz.edufusion.placements.supervision;

import java.util.List;

/** The tutor's and mentor's page: their mentees' pending entries (newest first) and their placements with late status. */
public record SupervisionPage(List<PendingEntry> pending, List<SupervisedPlacement> mentored, List<SupervisedPlacement> tutored) {
}
