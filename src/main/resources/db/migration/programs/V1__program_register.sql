-- The register of educational programs (the national Register's record, ../shared/docs/domain.md): one row per
-- program of a university. university_id is an identity organization, checked by the service through the
-- identity facade (no foreign key across schemas). region_code is where the program is delivered (by default
-- the university's region) and is what the gap analysis compares with regional demand.
CREATE TABLE programs.program (
    id                   uuid         PRIMARY KEY,
    university_id        uuid         NOT NULL,
    code                 varchar(7)   NOT NULL CHECK (code ~ '^(6B|7M|8D)(0[1-9]|1[0-2])[0-9]{3}$'),
    level                varchar(16)  NOT NULL CHECK (level IN ('BACHELOR', 'MASTER', 'DOCTORAL')),
    nqf_level            smallint     NOT NULL CHECK (nqf_level BETWEEN 1 AND 8),
    field_code           varchar(2)   NOT NULL CHECK (field_code ~ '^(0[1-9]|1[0-2])$'),
    area_code            varchar(3)   NOT NULL CHECK (area_code ~ '^(0[1-9]|1[0-2])[0-9]$'),
    group_code           varchar(8),
    title_kk             text,
    title_ru             text,
    title_en             text,
    degree               text,
    credits              integer      CHECK (credits > 0 AND credits <= 600),
    languages            varchar(2)[] NOT NULL DEFAULT '{}',
    program_type         varchar(16)  NOT NULL CHECK (program_type IN ('EXISTING', 'NEW', 'INNOVATIVE')),
    accreditation_agency text,
    accredited_until     date,
    atlas_profession     text,
    region_code          varchar(8)   NOT NULL,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    version              integer      NOT NULL DEFAULT 0,
    CONSTRAINT program_code_matches_field CHECK (substr(code, 3, 2) = field_code AND substr(code, 3, 3) = area_code),
    CONSTRAINT program_level_matches_prefix CHECK (
        (level = 'BACHELOR' AND code LIKE '6B%') OR (level = 'MASTER' AND code LIKE '7M%') OR (level = 'DOCTORAL' AND code LIKE '8D%')),
    CONSTRAINT program_has_title CHECK (coalesce(title_kk, title_ru, title_en) IS NOT NULL),
    CONSTRAINT program_code_per_university UNIQUE (university_id, code)
);
CREATE INDEX program_field_region_idx ON programs.program (field_code, region_code);

-- Intake (first-year students) and graduates per academic year (the year it starts: 2025 = 2025-2026).
CREATE TABLE programs.program_cohort (
    program_id    uuid     NOT NULL REFERENCES programs.program (id) ON DELETE CASCADE,
    academic_year smallint NOT NULL CHECK (academic_year BETWEEN 1990 AND 2100),
    intake        integer  NOT NULL DEFAULT 0 CHECK (intake >= 0),
    graduates     integer  NOT NULL DEFAULT 0 CHECK (graduates >= 0),
    PRIMARY KEY (program_id, academic_year)
);

CREATE TABLE programs.learning_outcome (
    id         uuid        PRIMARY KEY,
    program_id uuid        NOT NULL REFERENCES programs.program (id) ON DELETE CASCADE,
    code       varchar(16) NOT NULL,
    position   integer     NOT NULL DEFAULT 0,
    text_kk    text,
    text_ru    text,
    text_en    text,
    CONSTRAINT outcome_has_text CHECK (coalesce(text_kk, text_ru, text_en) IS NOT NULL),
    CONSTRAINT outcome_code_per_program UNIQUE (program_id, code)
);

-- Disciplines with their cycle (GED general education, BD basic, PD profile disciplines) and component
-- (CORE: the required or university component; ELECTIVE: the component by choice).
CREATE TABLE programs.discipline (
    id         uuid        PRIMARY KEY,
    program_id uuid        NOT NULL REFERENCES programs.program (id) ON DELETE CASCADE,
    code       varchar(32) NOT NULL,
    position   integer     NOT NULL DEFAULT 0,
    title_kk   text,
    title_ru   text,
    title_en   text,
    cycle      varchar(8)  NOT NULL CHECK (cycle IN ('GED', 'BD', 'PD')),
    component  varchar(16) NOT NULL CHECK (component IN ('CORE', 'ELECTIVE')),
    credits    integer     NOT NULL CHECK (credits > 0 AND credits <= 60),
    CONSTRAINT discipline_has_title CHECK (coalesce(title_kk, title_ru, title_en) IS NOT NULL),
    CONSTRAINT discipline_code_per_program UNIQUE (program_id, code)
);

-- Which outcomes each discipline serves (the outcome-to-course mapping of the Register).
CREATE TABLE programs.discipline_outcome (
    discipline_id uuid NOT NULL REFERENCES programs.discipline (id) ON DELETE CASCADE,
    outcome_id    uuid NOT NULL REFERENCES programs.learning_outcome (id) ON DELETE CASCADE,
    PRIMARY KEY (discipline_id, outcome_id)
);

-- Skills an outcome or a discipline develops: PROPOSED by the extraction engine (with its confidence), then
-- CONFIRMED with a level or REJECTED by the coordinator. Only confirmed links count in the gap analysis.
-- skill_uri is a skills-module URI, checked through the skills facade.
CREATE TABLE programs.skill_link (
    id            uuid         PRIMARY KEY,
    program_id    uuid         NOT NULL REFERENCES programs.program (id) ON DELETE CASCADE,
    outcome_id    uuid         REFERENCES programs.learning_outcome (id) ON DELETE CASCADE,
    discipline_id uuid         REFERENCES programs.discipline (id) ON DELETE CASCADE,
    skill_uri     text         NOT NULL,
    status        varchar(16)  NOT NULL CHECK (status IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
    level         varchar(16)  CHECK (level IN ('INTRODUCED', 'PRACTICED', 'MASTERED')),
    confidence    real,
    decided_by    uuid,
    decided_at    timestamptz,
    CONSTRAINT skill_link_one_owner CHECK ((outcome_id IS NULL) <> (discipline_id IS NULL)),
    CONSTRAINT skill_link_confirmed_has_level CHECK (status <> 'CONFIRMED' OR level IS NOT NULL)
);
CREATE UNIQUE INDEX skill_link_outcome_unique ON programs.skill_link (outcome_id, skill_uri) WHERE outcome_id IS NOT NULL;
CREATE UNIQUE INDEX skill_link_discipline_unique ON programs.skill_link (discipline_id, skill_uri) WHERE discipline_id IS NOT NULL;
CREATE INDEX skill_link_program_idx ON programs.skill_link (program_id, status);

-- The ESCO occupations a program prepares for (isco_code: the occupation's ISCO-08 unit group), suggested from
-- the field of education or chosen by the coordinator, and the NACE sections it serves.
CREATE TABLE programs.target_occupation (
    program_id     uuid        NOT NULL REFERENCES programs.program (id) ON DELETE CASCADE,
    occupation_uri text        NOT NULL CHECK (occupation_uri ~ '^https?://'),
    isco_code      varchar(4)  NOT NULL CHECK (isco_code ~ '^[0-9]{4}$'),
    suggested      boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (program_id, occupation_uri)
);

CREATE TABLE programs.target_sector (
    program_id   uuid       NOT NULL REFERENCES programs.program (id) ON DELETE CASCADE,
    nace_section varchar(1) NOT NULL CHECK (nace_section ~ '^[A-U]$'),
    PRIMARY KEY (program_id, nace_section)
);
