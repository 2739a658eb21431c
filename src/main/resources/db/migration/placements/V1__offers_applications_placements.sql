-- Internship offers, student placement profiles, applications, proposals and placements. Person, university and
-- company ids are identity records, region/field codes reference data, skill URIs skills: all checked by the services
-- through those modules' facades (no foreign keys across schemas).

-- What the placement rules need to know about a student: program, year of study, region and the categories the
-- equity reserves of allocation rounds will use. The coordinator of the student's university keeps it.
CREATE TABLE placements.student_profile (
    person_id      uuid        PRIMARY KEY,
    university_id  uuid        NOT NULL,
    program_code   varchar(7)  CHECK (program_code ~ '^(6B|7M|8D)(0[1-9]|1[0-2])[0-9]{3}$'),
    field_code     varchar(2)  NOT NULL CHECK (field_code ~ '^(0[1-9]|1[0-2])$'),
    year_of_study  smallint    NOT NULL CHECK (year_of_study BETWEEN 1 AND 6),
    region_code    varchar(8)  NOT NULL,
    remote_region  boolean     NOT NULL DEFAULT false,
    targeted_grant boolean     NOT NULL DEFAULT false,
    gender         varchar(8)  CHECK (gender IN ('FEMALE', 'MALE')),
    updated_by     uuid,
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX student_profile_university_idx ON placements.student_profile (university_id);

-- The skills a student claims, chosen from the taxonomy (or proposed by extraction from a pasted CV text).
CREATE TABLE placements.student_skill (
    person_id uuid NOT NULL REFERENCES placements.student_profile (person_id) ON DELETE CASCADE,
    skill_uri text NOT NULL,
    PRIMARY KEY (person_id, skill_uri)
);

CREATE TABLE placements.offer (
    id             uuid         PRIMARY KEY,
    company_id     uuid         NOT NULL,
    offer_type     varchar(24)  NOT NULL CHECK (offer_type IN ('EDUCATIONAL', 'PRODUCTION', 'PRE_DIPLOMA', 'DUAL', 'INTERNSHIP')),
    selection      varchar(16)  NOT NULL CHECK (selection IN ('FIRST_COME', 'INTERVIEW')),
    title_kk       text,
    title_ru       text,
    title_en       text,
    description_kk text,
    description_ru text,
    description_en text,
    min_year       smallint     NOT NULL DEFAULT 2 CHECK (min_year BETWEEN 1 AND 6),
    region_code    varchar(8)   NOT NULL,
    city           text,
    remote         boolean      NOT NULL DEFAULT false,
    starts_on      date         NOT NULL,
    ends_on        date         NOT NULL,
    hours_per_week smallint     NOT NULL CHECK (hours_per_week BETWEEN 1 AND 40),
    seats          integer      NOT NULL CHECK (seats >= 1),
    -- null = unpaid; shown plainly because most internships are not paid
    stipend_kzt    integer      CHECK (stipend_kzt >= 0),
    mentors        text,
    status         varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
    created_by     uuid         NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    published_at   timestamptz,
    CONSTRAINT offer_dates_in_order CHECK (ends_on >= starts_on),
    CONSTRAINT offer_has_title CHECK (coalesce(title_kk, title_ru, title_en) IS NOT NULL)
);
CREATE INDEX offer_company_idx ON placements.offer (company_id);
CREATE INDEX offer_published_idx ON placements.offer (status, region_code);

CREATE TABLE placements.offer_skill (
    offer_id  uuid NOT NULL REFERENCES placements.offer (id) ON DELETE CASCADE,
    skill_uri text NOT NULL,
    PRIMARY KEY (offer_id, skill_uri)
);

-- Eligible fields of education and programs; none listed = open to every field or program.
CREATE TABLE placements.offer_field (
    offer_id   uuid       NOT NULL REFERENCES placements.offer (id) ON DELETE CASCADE,
    field_code varchar(2) NOT NULL,
    PRIMARY KEY (offer_id, field_code)
);
CREATE TABLE placements.offer_program (
    offer_id     uuid       NOT NULL REFERENCES placements.offer (id) ON DELETE CASCADE,
    program_code varchar(7) NOT NULL,
    PRIMARY KEY (offer_id, program_code)
);

-- CVs are kept in the database (no shared disk between nodes); only their owner, the company of an offer they were
-- sent to and the owner's coordinators read them.
CREATE TABLE placements.cv_file (
    id           uuid        PRIMARY KEY,
    owner_id     uuid        NOT NULL,
    file_name    text        NOT NULL,
    content_type varchar(80) NOT NULL,
    size_bytes   integer     NOT NULL CHECK (size_bytes > 0),
    content      bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE placements.application (
    id               uuid        PRIMARY KEY,
    offer_id         uuid        NOT NULL REFERENCES placements.offer (id),
    student_id       uuid        NOT NULL,
    university_id    uuid        NOT NULL,
    status           varchar(16) NOT NULL CHECK (status IN ('SUBMITTED', 'SHORTLISTED', 'INTERVIEW', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
    motivation       text,
    cv_id            uuid        REFERENCES placements.cv_file (id),
    nominated_by     uuid,
    interview_at     timestamptz,
    interview_place  text,
    decision_reason  text,
    decided_by       uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT application_once_per_offer UNIQUE (offer_id, student_id)
);
CREATE INDEX application_student_idx ON placements.application (student_id);
CREATE INDEX application_university_idx ON placements.application (university_id);

-- A company the student found: on the platform (company_id) or not yet (company_name only).
CREATE TABLE placements.proposal (
    id             uuid        PRIMARY KEY,
    student_id     uuid        NOT NULL,
    university_id  uuid        NOT NULL,
    company_id     uuid,
    company_name   text        NOT NULL,
    offer_type     varchar(24) NOT NULL CHECK (offer_type IN ('EDUCATIONAL', 'PRODUCTION', 'PRE_DIPLOMA', 'DUAL', 'INTERNSHIP')),
    description    text        NOT NULL,
    starts_on      date        NOT NULL,
    ends_on        date        NOT NULL,
    hours_per_week smallint    NOT NULL CHECK (hours_per_week BETWEEN 1 AND 40),
    stipend_kzt    integer     CHECK (stipend_kzt >= 0),
    status         varchar(16) NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
    decision_reason text,
    decided_by     uuid,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT proposal_dates_in_order CHECK (ends_on >= starts_on)
);
CREATE INDEX proposal_university_idx ON placements.proposal (university_id, status);

-- One row per student placed, whichever way it happened. application_id / proposal_id / round_id say where it
-- came from; the unique keys make a second placement from the same source impossible.
CREATE TABLE placements.placement (
    id             uuid        PRIMARY KEY,
    way            varchar(16) NOT NULL CHECK (way IN ('PROPOSAL', 'FIRST_COME', 'INTERVIEW', 'ROUND', 'NOMINATION')),
    student_id     uuid        NOT NULL,
    university_id  uuid        NOT NULL,
    company_id     uuid,
    company_name   text        NOT NULL,
    offer_id       uuid        REFERENCES placements.offer (id),
    application_id uuid        UNIQUE REFERENCES placements.application (id),
    proposal_id    uuid        UNIQUE REFERENCES placements.proposal (id),
    round_id       uuid,
    offer_type     varchar(24) NOT NULL,
    starts_on      date        NOT NULL,
    ends_on        date        NOT NULL,
    hours_per_week smallint    NOT NULL CHECK (hours_per_week BETWEEN 1 AND 40),
    stipend_kzt    integer     CHECK (stipend_kzt >= 0),
    tutor_id       uuid,
    mentor_id      uuid,
    created_by     uuid,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT placement_dates_in_order CHECK (ends_on >= starts_on),
    CONSTRAINT placement_round_once UNIQUE (round_id, offer_id, student_id)
);
CREATE INDEX placement_offer_idx ON placements.placement (offer_id);
CREATE INDEX placement_company_idx ON placements.placement (company_id);
CREATE INDEX placement_university_idx ON placements.placement (university_id);
