package kz.edufusion.placements.agreements;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The agreement of one placement with its versions, newest first. */
public record AgreementView(UUID placementId, AgreementStatus status, String terminationReason, Instant terminatedAt,
        List<AgreementVersion> versions) {

    /** The version being prepared or signed, if any. */
    public Optional<AgreementVersion> open() {
        return versions.stream().filter(v -> v.status().open()).findFirst();
    }

    /** The version in force: the last one signed by all three parties. */
    public Optional<AgreementVersion> inForce() {
        return versions.stream().filter(v -> v.status() == VersionStatus.SIGNED).findFirst();
    }

    public AgreementVersion latest() {
        return versions.get(0);
    }

    public Optional<AgreementVersion> version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }
}
