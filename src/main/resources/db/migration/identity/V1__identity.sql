-- Organizations, people and their roles in organizations; plus the security records around them.
CREATE TABLE identity.organization (
    id            UUID PRIMARY KEY,
    type          VARCHAR(20)  NOT NULL CHECK (type IN ('UNIVERSITY', 'COLLEGE', 'COMPANY', 'QA_AGENCY', 'MINISTRY', 'OTHER')),
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'SUSPENDED')),
    name_kk       VARCHAR(300),
    name_ru       VARCHAR(300),
    name_en       VARCHAR(300),
    short_name    VARCHAR(60),
    bin           VARCHAR(12) UNIQUE CHECK (bin ~ '^[0-9]{12}$'),
    region_code   VARCHAR(20),
    oked_section  VARCHAR(1),
    website       VARCHAR(300),
    status_reason VARCHAR(500),
    created_at    TIMESTAMPTZ  NOT NULL,
    status_changed_at TIMESTAMPTZ,
    version       BIGINT       NOT NULL DEFAULT 0,
    CHECK (coalesce(name_kk, name_ru, name_en) IS NOT NULL)
);
CREATE INDEX organization_type_status ON identity.organization (type, status);
CREATE UNIQUE INDEX organization_short_name ON identity.organization (lower(short_name)) WHERE short_name IS NOT NULL;

CREATE TABLE identity.person (
    id                 UUID PRIMARY KEY,
    email              VARCHAR(254) NOT NULL UNIQUE CHECK (email = lower(email)),
    full_name          VARCHAR(200) NOT NULL,
    password_hash      VARCHAR(100) NOT NULL,
    preferred_language VARCHAR(2)   NOT NULL DEFAULT 'kk' CHECK (preferred_language IN ('kk', 'ru', 'en')),
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins      INT          NOT NULL DEFAULT 0,
    locked_until       TIMESTAMPTZ,
    created_at         TIMESTAMPTZ  NOT NULL,
    last_login_at      TIMESTAMPTZ,
    version            BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX person_name ON identity.person (lower(full_name));

CREATE TABLE identity.membership (
    person_id       UUID        NOT NULL REFERENCES identity.person (id) ON DELETE CASCADE,
    organization_id UUID        NOT NULL REFERENCES identity.organization (id),
    role            VARCHAR(40) NOT NULL,
    since           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (person_id, organization_id, role)
);
CREATE INDEX membership_organization ON identity.membership (organization_id, role);

CREATE TABLE identity.invitation (
    id              UUID PRIMARY KEY,
    organization_id UUID         NOT NULL REFERENCES identity.organization (id),
    role            VARCHAR(40)  NOT NULL,
    email           VARCHAR(254) NOT NULL,
    token_hash      CHAR(64)     NOT NULL UNIQUE,
    invited_by      UUID         REFERENCES identity.person (id),
    created_at      TIMESTAMPTZ  NOT NULL,
    expires_at      TIMESTAMPTZ  NOT NULL,
    accepted_at     TIMESTAMPTZ,
    accepted_by     UUID         REFERENCES identity.person (id),
    revoked_at      TIMESTAMPTZ
);
CREATE INDEX invitation_organization ON identity.invitation (organization_id, created_at DESC);

CREATE TABLE identity.password_reset (
    id         UUID PRIMARY KEY,
    person_id  UUID        NOT NULL REFERENCES identity.person (id) ON DELETE CASCADE,
    token_hash CHAR(64)    NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);

CREATE TABLE identity.api_token (
    id           UUID PRIMARY KEY,
    person_id    UUID         NOT NULL REFERENCES identity.person (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    token_prefix VARCHAR(12)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    expires_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_token_person ON identity.api_token (person_id);

-- Who did what to which object, when and from where. Append-only by convention of the code.
CREATE TABLE identity.audit_event (
    id             BIGSERIAL PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    actor_id       UUID,
    actor_email    VARCHAR(254),
    action         VARCHAR(60)  NOT NULL,
    object_type    VARCHAR(40),
    object_id      VARCHAR(80),
    detail         VARCHAR(1000),
    remote_address VARCHAR(64)
);
CREATE INDEX audit_event_time ON identity.audit_event (occurred_at DESC);
CREATE INDEX audit_event_actor ON identity.audit_event (actor_email, occurred_at DESC);
CREATE INDEX audit_event_object ON identity.audit_event (object_type, object_id);
