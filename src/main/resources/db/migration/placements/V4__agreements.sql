-- The tripartite agreement of a placement (student, university, company) as in the KAZDUAL dual-education model.
-- One agreement per placement; its text lives in versions: version 1 is the agreement, every later version an
-- amendment with its reason. A version is DRAFT (editable), SENT (frozen: the PDF and its SHA-256 are stored and
-- the three parties sign exactly those bytes), SIGNED (all three signed: in force), SUPERSEDED (a later version was
-- signed by all three) or WITHDRAWN (replaced by a revision before it was signed by all, or the agreement ended).

CREATE TABLE placements.agreement (
    placement_id       uuid        PRIMARY KEY REFERENCES placements.placement (id) ON DELETE CASCADE,
    -- DRAFT until a version is sent, SENT until one is signed by all three, ACTIVE while one is in force,
    -- COMPLETED when the placement finished, TERMINATED early with a reason
    status             varchar(16) NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'ACTIVE', 'COMPLETED', 'TERMINATED')),
    termination_reason text,
    terminated_by      uuid,
    terminated_at      timestamptz,
    created_by         uuid        NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT agreement_termination_reason CHECK (status <> 'TERMINATED' OR termination_reason IS NOT NULL)
);
CREATE INDEX agreement_status_idx ON placements.agreement (status);

CREATE TABLE placements.agreement_version (
    placement_id     uuid        NOT NULL REFERENCES placements.agreement (placement_id) ON DELETE CASCADE,
    version          smallint    NOT NULL CHECK (version >= 1),
    status           varchar(16) NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'SIGNED', 'SUPERSEDED', 'WITHDRAWN')),
    -- the language of the document (the PDF is printed in it); the pages around it follow the reader's language
    language         varchar(2)  NOT NULL CHECK (language IN ('kk', 'ru')),
    starts_on        date        NOT NULL,
    ends_on          date        NOT NULL,
    hours_per_week   smallint    NOT NULL CHECK (hours_per_week BETWEEN 1 AND 40),
    -- null = unpaid, stated so in the document
    stipend_kzt      integer     CHECK (stipend_kzt >= 0),
    -- the individual tasks of the student, in order
    tasks            text[]      NOT NULL DEFAULT '{}',
    tutor_name       text,
    mentor_name      text,
    -- who owns the results of the student's work: COMPANY, STUDENT or JOINT
    ip_owner         varchar(8)  NOT NULL CHECK (ip_owner IN ('COMPANY', 'STUDENT', 'JOINT')),
    amendment_reason text,
    -- the names of the parties as printed in the document, fixed when it is sent
    university_name  text,
    company_name     text,
    student_name     text,
    document         bytea,
    document_sha256  char(64),
    prepared_by      uuid        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    sent_by          uuid,
    sent_at          timestamptz,
    signed_at        timestamptz,
    PRIMARY KEY (placement_id, version),
    CONSTRAINT agreement_version_dates_in_order CHECK (ends_on >= starts_on),
    CONSTRAINT agreement_version_amendment_reason CHECK (version = 1 OR amendment_reason IS NOT NULL),
    CONSTRAINT agreement_version_frozen_document CHECK (status = 'DRAFT' OR status = 'WITHDRAWN'
        OR (document IS NOT NULL AND document_sha256 IS NOT NULL AND tutor_name IS NOT NULL AND mentor_name IS NOT NULL))
);
-- at most one version is being prepared or signed at a time
CREATE UNIQUE INDEX agreement_version_one_open ON placements.agreement_version (placement_id)
    WHERE status IN ('DRAFT', 'SENT');

-- One signature per party per version; it binds the signer to the SHA-256 of the exact document they signed.
CREATE TABLE placements.agreement_signature (
    placement_id    uuid        NOT NULL,
    version         smallint    NOT NULL,
    party           varchar(16) NOT NULL CHECK (party IN ('STUDENT', 'UNIVERSITY', 'COMPANY')),
    signer_id       uuid        NOT NULL,
    typed_name      text        NOT NULL,
    consent_text    text        NOT NULL,
    document_sha256 char(64)    NOT NULL,
    ip_address      varchar(64) NOT NULL,
    user_agent      text,
    signed_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (placement_id, version, party),
    FOREIGN KEY (placement_id, version) REFERENCES placements.agreement_version (placement_id, version) ON DELETE CASCADE
);
