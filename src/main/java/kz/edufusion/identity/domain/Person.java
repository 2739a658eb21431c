package kz.edufusion.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.Languages;
import kz.edufusion.identity.Role;

/** A person with a login, and the roles they hold in organizations. */
@Entity
@Table(schema = "identity", name = "person")
class Person {

    /** Failed logins in a row before the account is locked for a while (brute-force protection). */
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    private UUID id;
    private String email;
    private String fullName;
    private String passwordHash;
    private String preferredLanguage;
    private boolean enabled;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant createdAt;
    private Instant lastLoginAt;
    @Version
    @Column(nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "identity", name = "membership", joinColumns = @JoinColumn(name = "person_id"))
    private List<MembershipRecord> memberships = new ArrayList<>();

    protected Person() {
    }

    Person(String email, String fullName, String passwordHash, String language) {
        this.id = UUID.randomUUID();
        this.email = normalizeEmail(email);
        this.fullName = fullName.strip();
        this.passwordHash = passwordHash;
        this.preferredLanguage = Languages.orDefault(language).getLanguage();
        this.enabled = true;
        this.createdAt = Instant.now();
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Adds the role unless the person already holds it there; returns whether anything changed. */
    boolean grant(UUID organizationId, Role role) {
        if (memberships.stream().anyMatch(m -> m.same(organizationId, role))) {
            return false;
        }
        memberships.add(new MembershipRecord(organizationId, role));
        return true;
    }

    boolean revoke(UUID organizationId, Role role) {
        return memberships.removeIf(m -> m.same(organizationId, role));
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = Instant.now();
    }

    /** Counts a failed login; returns true when this failure locked the account. */
    boolean loginFailed() {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = Instant.now().plus(LOCK_DURATION);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        unlock();
    }

    void preferLanguage(String language) {
        this.preferredLanguage = Languages.orDefault(language).getLanguage();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String fullName() {
        return fullName;
    }

    String passwordHash() {
        return passwordHash;
    }

    String preferredLanguage() {
        return preferredLanguage;
    }

    boolean enabled() {
        return enabled;
    }

    int failedLogins() {
        return failedLogins;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastLoginAt() {
        return lastLoginAt;
    }

    List<MembershipRecord> memberships() {
        return List.copyOf(memberships);
    }
}
