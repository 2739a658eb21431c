package kz.edufusion.placements.agreements;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.placements.PlacementParty;

/** One version of the agreement with its signatures (the PDF bytes are fetched on their own). */
public record AgreementVersion(int version, VersionStatus status, AgreementTerms terms, String universityName,
        String companyName, String studentName, String documentSha256, UUID preparedBy, Instant createdAt, Instant sentAt,
        Instant signedAt, List<AgreementSignature> signatures) {

    /** The three parties that sign, in the order the document lists them. */
    public static final List<PlacementParty> SIGNING = List.of(PlacementParty.STUDENT, PlacementParty.UNIVERSITY,
            PlacementParty.COMPANY);

    public Optional<AgreementSignature> signature(PlacementParty party) {
        return signatures.stream().filter(s -> s.party() == party).findFirst();
    }

    @JsonIgnore
    public boolean amendment() {
        return version > 1;
    }
}
