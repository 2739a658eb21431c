-- Verifiable credentials (Open Badges 3.0 as VC-JWT): signing keys, achievements, issued credentials and the
-- W3C Bitstring Status Lists that revoke them. Other modules reach these tables only through kz.edufusion.credentials.

-- ES256 signing keys. The private key (PKCS#8) is stored only encrypted with AES-256-GCM under the key-encryption
-- key from configuration (the kid is the additional authenticated data, so a ciphertext cannot be moved to another
-- row). Retired keys stay: they are still published in the JWKS so credentials they signed keep verifying.
CREATE TABLE signing_key (
    kid                 text PRIMARY KEY,
    algorithm           text        NOT NULL CHECK (algorithm = 'ES256'),
    public_jwk          text        NOT NULL,
    private_key_sealed  bytea       NOT NULL,
    private_key_iv      bytea       NOT NULL CHECK (octet_length(private_key_iv) = 12),
    status              text        NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    created_at          timestamptz NOT NULL DEFAULT now(),
    retired_at          timestamptz,
    CHECK ((status = 'RETIRED') = (retired_at IS NOT NULL))
);
-- at most one key signs at a time
CREATE UNIQUE INDEX signing_key_one_active ON signing_key (status) WHERE status = 'ACTIVE';

-- What a credential recognizes, keyed by the issuing module's own key (e.g. placements.internship-completed).
CREATE TABLE achievement (
    id                  uuid PRIMARY KEY,
    achievement_key     text        NOT NULL UNIQUE CHECK (length(achievement_key) BETWEEN 1 AND 200),
    achievement_type    text        NOT NULL,
    name                text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    description         text        NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
    criteria_narrative  text        NOT NULL CHECK (length(criteria_narrative) BETWEEN 1 AND 4000),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

-- Alignments to skills (ESCO URIs) or competences, in the order the issuer gave them.
CREATE TABLE achievement_alignment (
    achievement_id      uuid    NOT NULL REFERENCES achievement (id) ON DELETE CASCADE,
    position            int     NOT NULL CHECK (position >= 0),
    target_name         text    NOT NULL CHECK (length(target_name) BETWEEN 1 AND 300),
    target_url          text    NOT NULL CHECK (length(target_url) BETWEEN 1 AND 1000),
    target_framework    text,
    target_code         text,
    PRIMARY KEY (achievement_id, position)
);

-- A W3C Bitstring Status List (statusPurpose revocation): 131,072 bits (16 KB), index 0 the first (most
-- significant) bit of the first byte. Indexes are handed out in order; a full list is followed by a new one.
CREATE TABLE status_list (
    id                  int PRIMARY KEY,
    purpose             text        NOT NULL CHECK (purpose = 'revocation'),
    size                int         NOT NULL CHECK (size >= 131072 AND size % 8 = 0),
    bits                bytea       NOT NULL,
    next_index          int         NOT NULL DEFAULT 0,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (octet_length(bits) * 8 = size),
    CHECK (next_index BETWEEN 0 AND size)
);

CREATE TABLE credential (
    id                  uuid PRIMARY KEY,
    holder_person_id    uuid        NOT NULL,
    holder_name         text        NOT NULL,
    achievement_id      uuid        NOT NULL REFERENCES achievement (id),
    name                text        NOT NULL,
    valid_from          timestamptz NOT NULL,
    valid_until         timestamptz,
    issued_at           timestamptz NOT NULL DEFAULT now(),
    source_module       text        NOT NULL,
    source_reference    text        NOT NULL,
    kid                 text        NOT NULL REFERENCES signing_key (kid),
    jwt                 text        NOT NULL,
    status_list_id      int         NOT NULL REFERENCES status_list (id),
    status_index        int         NOT NULL,
    revoked_at          timestamptz,
    revoked_reason      text,
    revoked_by          uuid,
    hidden              boolean     NOT NULL DEFAULT false,
    UNIQUE (source_module, source_reference),
    UNIQUE (status_list_id, status_index),
    CHECK (valid_until IS NULL OR valid_until > valid_from),
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
CREATE INDEX credential_holder ON credential (holder_person_id, issued_at DESC);
