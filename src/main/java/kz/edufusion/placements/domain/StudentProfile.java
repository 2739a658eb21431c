package kz.edufusion.placements.domain;

import java.util.List;
import java.util.UUID;

/**
 * What eligibility and (later) equity reserves need to know about a student. {@code updatedBy} tells whether the
 * student's coordinator has checked it: from then on only the coordinator changes the academic part.
 */
public record StudentProfile(UUID personId, UUID universityId, String programCode, String fieldCode, int yearOfStudy,
        String regionCode, boolean remoteRegion, boolean targetedGrant, String gender, UUID updatedBy, List<String> skillUris) {

    public StudentProfile {
        skillUris = List.copyOf(skillUris);
    }

    public boolean checkedByCoordinator() {
        return updatedBy != null && !updatedBy.equals(personId);
    }
}
