package kz.edufusion.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;

/** An organization and the state rules of its approval. */
@Entity
@Table(schema = "identity", name = "organization")
class Organization {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private OrganizationType type;
    @Enumerated(EnumType.STRING)
    private OrganizationStatus status;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private String shortName;
    private String bin;
    private String regionCode;
    private String okedSection;
    private String website;
    private String statusReason;
    private Instant createdAt;
    private Instant statusChangedAt;
    @Version
    @Column(nullable = false)
    private long version;

    protected Organization() {
    }

    Organization(OrganizationType type, OrganizationStatus status, LocalizedText name, String shortName, String bin,
            String regionCode, String okedSection, String website) {
        this.id = UUID.randomUUID();
        this.type = type;
        this.status = status;
        this.nameKk = blankToNull(name.kk());
        this.nameRu = blankToNull(name.ru());
        this.nameEn = blankToNull(name.en());
        this.shortName = blankToNull(shortName);
        this.bin = blankToNull(bin);
        this.regionCode = blankToNull(regionCode);
        this.okedSection = blankToNull(okedSection);
        this.website = blankToNull(website);
        this.createdAt = Instant.now();
    }

    void approve() {
        if (status != OrganizationStatus.PENDING) {
            throw DomainProblem.conflict("organization.problem.notPending");
        }
        changeStatus(OrganizationStatus.ACTIVE, null);
    }

    void suspend(String reason) {
        if (status == OrganizationStatus.SUSPENDED) {
            throw DomainProblem.conflict("organization.problem.alreadySuspended");
        }
        changeStatus(OrganizationStatus.SUSPENDED, reason);
    }

    void reactivate() {
        if (status != OrganizationStatus.SUSPENDED) {
            throw DomainProblem.conflict("organization.problem.notSuspended");
        }
        changeStatus(OrganizationStatus.ACTIVE, null);
    }

    private void changeStatus(OrganizationStatus next, String reason) {
        this.status = next;
        this.statusReason = blankToNull(reason);
        this.statusChangedAt = Instant.now();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    UUID id() {
        return id;
    }

    OrganizationType type() {
        return type;
    }

    OrganizationStatus status() {
        return status;
    }

    LocalizedText name() {
        return LocalizedText.of(nameKk, nameRu, nameEn);
    }

    String shortName() {
        return shortName;
    }

    String bin() {
        return bin;
    }

    String regionCode() {
        return regionCode;
    }

    String okedSection() {
        return okedSection;
    }

    String website() {
        return website;
    }

    String statusReason() {
        return statusReason;
    }

    Instant createdAt() {
        return createdAt;
    }
}
