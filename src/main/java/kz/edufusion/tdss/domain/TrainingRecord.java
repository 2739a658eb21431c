package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of an educator's training record; {@code reason} says why a rejected external record was refused. */
public record TrainingRecord(UUID id, UUID personId, String personName, String title, String provider, String level,
        BigDecimal hours, String source, String status, LocalDate completedOn, String reason, boolean evidence) {
}
