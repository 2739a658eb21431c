package kz.edufusion.tdss.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A goal to add: a competence code of the plan's framework, the level code to reach, by when, planned training. */
public record GoalInput(String competence, String targetLevel, LocalDate dueOn, UUID programId, String description) {
}
