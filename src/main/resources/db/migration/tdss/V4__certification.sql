-- Certification of educators (decision 0022): schemes kept as data and run by a certification body, educators'
-- applications with portfolio evidence, the body's assessment and decision, and the history of every step.
-- People, organizations and credentials are ids of identity and credentials: no foreign keys across schemas.

-- A scheme says what a certification demands; every requirement is optional (null hours, no programs, null pass
-- score, no portfolio, no observation). body_id is the QA agency that runs it; null means any certification body.
-- framework_code and competences name the framework items the certification targets, the credential's alignments.
CREATE TABLE certification_scheme (
    id                      uuid          PRIMARY KEY,
    code                    text          NOT NULL UNIQUE,
    title_kk                text          NOT NULL,
    title_ru                text          NOT NULL,
    title_en                text          NOT NULL,
    description_kk          text          NOT NULL,
    description_ru          text          NOT NULL,
    description_en          text          NOT NULL,
    level                   text          NOT NULL CHECK (level IN ('NATIONAL', 'INTERNATIONAL')),
    validity_years          int           NOT NULL CHECK (validity_years BETWEEN 1 AND 10),
    min_hours               numeric(6, 1) CHECK (min_hours > 0),
    min_international_hours numeric(6, 1) CHECK (min_international_hours > 0),
    required_programs       text[]        NOT NULL DEFAULT '{}',
    pass_score              int           CHECK (pass_score BETWEEN 1 AND 100),
    portfolio_required      boolean       NOT NULL DEFAULT false,
    observation_required    boolean       NOT NULL DEFAULT false,
    framework_code          text,
    competences             text[]        NOT NULL DEFAULT '{}',
    body_id                 uuid,
    active                  boolean       NOT NULL DEFAULT true,
    created_by              uuid,
    created_at              timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT certification_scheme_international CHECK (min_international_hours IS NULL OR level = 'INTERNATIONAL')
);

-- One educator's application for one scheme. DRAFT until submitted; the body records the assessment score, the
-- observed-teaching result and the portfolio review on a SUBMITTED one and decides CERTIFIED or NOT_CERTIFIED with
-- reasons; a CERTIFIED one holds its credential and the end of its validity, and may be REVOKED with a reason.
CREATE TABLE certification_application (
    id                 uuid        PRIMARY KEY,
    scheme_id          uuid        NOT NULL REFERENCES certification_scheme (id),
    person_id          uuid        NOT NULL,
    organization_id    uuid        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'CERTIFIED', 'NOT_CERTIFIED', 'REVOKED')),
    assessment_score   int         CHECK (assessment_score BETWEEN 0 AND 100),
    observation_result text        CHECK (observation_result IN ('PASSED', 'FAILED')),
    observation_note   text,
    portfolio_result   text        CHECK (portfolio_result IN ('ACCEPTED', 'REJECTED')),
    portfolio_note     text,
    decision_reasons   text,
    decided_by         uuid,
    decided_at         timestamptz,
    valid_until        date,
    credential_id      uuid,
    revoked_reason     text,
    submitted_at       timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT certification_application_certified CHECK (status NOT IN ('CERTIFIED', 'REVOKED') OR credential_id IS NOT NULL)
);
-- one open application per educator and scheme
CREATE UNIQUE INDEX certification_application_open ON certification_application (person_id, scheme_id)
    WHERE status IN ('DRAFT', 'SUBMITTED');
CREATE INDEX certification_application_person ON certification_application (person_id, created_at);
CREATE INDEX certification_application_queue ON certification_application (status, submitted_at);
CREATE INDEX certification_application_organization ON certification_application (organization_id, status);

-- Portfolio evidence (PDF or image, type checked from the bytes, size-limited by the service).
CREATE TABLE certification_evidence (
    id             uuid        PRIMARY KEY,
    application_id uuid        NOT NULL REFERENCES certification_application (id) ON DELETE CASCADE,
    file_name      text        NOT NULL,
    content_type   text        NOT NULL,
    size_bytes     int         NOT NULL,
    content        bytea       NOT NULL,
    uploaded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX certification_evidence_application ON certification_evidence (application_id);

-- The application's history: who did what (applied, evidence, submitted, assessed, certified, ...), when, with which note.
CREATE TABLE certification_event (
    id             uuid        PRIMARY KEY,
    application_id uuid        NOT NULL REFERENCES certification_application (id) ON DELETE CASCADE,
    action         text        NOT NULL,
    actor_id       uuid        NOT NULL,
    note           text,
    at             timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX certification_event_application ON certification_event (application_id, at);

-- The two schemes every installation starts with, open to every certification body.
INSERT INTO certification_scheme (id, code, title_kk, title_ru, title_en, description_kk, description_ru, description_en, level,
        validity_years, min_hours, min_international_hours, pass_score, portfolio_required, observation_required,
        framework_code, competences)
VALUES ('6f1c1d2e-4b0a-4c39-9a57-0c2f1e7d0001', 'TDSS-NATIONAL-PEDAGOGY',
        'Заманауи педагогика бойынша ұлттық сертификат',
        'Национальный сертификат по современной педагогике',
        'National certificate in modern pedagogy',
        'Цифрлық және белсенді оқыту әдістерін сабақта қолданатын педагогтерге арналған.',
        'Для педагогов, применяющих цифровые и активные методы обучения на занятиях.',
        'For educators who use digital and active teaching methods in their classes.',
        'NATIONAL', 3, 72, NULL, 70, true, true, 'DIGCOMPEDU', '{2.2,3.1,3.3,5.3}'),
       ('6f1c1d2e-4b0a-4c39-9a57-0c2f1e7d0002', 'TDSS-INTERNATIONAL-STEAM',
        'STEAM және кәсіпкерлік педагогика бойынша халықаралық сертификат',
        'Международный сертификат по педагогике STEAM и предпринимательства',
        'International certificate in STEAM and entrepreneurial pedagogy',
        'Халықаралық бағдарламалардан өткен және STEAM мен кәсіпкерлікті оқытатын педагогтерге арналған.',
        'Для педагогов, прошедших международные программы и преподающих STEAM и предпринимательство.',
        'For educators who completed international programs and teach STEAM and entrepreneurship.',
        'INTERNATIONAL', 5, 120, 60, 75, true, true, 'DIGCOMPEDU', '{2.2,3.1,3.4,5.3,6.5}');
