package kz.edufusion.labormarket;

import java.util.UUID;

/** An employer asking for a skill: its name as written, its organization on the platform if linked, vacancies. */
public record EmployerDemand(String employerName, UUID organizationId, long vacancies) {
}
