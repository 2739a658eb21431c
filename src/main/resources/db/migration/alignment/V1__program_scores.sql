-- The gap analysis results the rest of the platform reads: one run per recompute (national, after a vacancy
-- import, nightly, or when an administrator asks) and the latest score of each program. A recompute replaces
-- the scores in one transaction, so readers see either the previous run's scores or the new ones, never a mix.
-- program_id and university_id come from the programs and identity modules (no foreign keys across schemas).
CREATE TABLE alignment.alignment_run (
    id          bigserial   PRIMARY KEY,
    trigger     varchar(16) NOT NULL CHECK (trigger IN ('IMPORT', 'SCHEDULE', 'ADMIN', 'PROGRAM')),
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    programs    integer     NOT NULL CHECK (programs >= 0),
    duration_ms bigint      NOT NULL CHECK (duration_ms >= 0)
);
CREATE INDEX alignment_run_finished_idx ON alignment.alignment_run (finished_at DESC);

-- score: 0-100, the demand-weighted share of the demanded skills the program covers (see the engine's
-- documentation); demanded_skills/missing_skills: how many demanded skills were considered and are missing.
CREATE TABLE alignment.program_score (
    program_id      uuid         PRIMARY KEY,
    university_id   uuid         NOT NULL,
    code            varchar(7)   NOT NULL,
    field_code      varchar(2)   NOT NULL,
    region_code     varchar(8)   NOT NULL,
    score           numeric(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    demanded_skills integer      NOT NULL CHECK (demanded_skills >= 0),
    missing_skills  integer      NOT NULL CHECK (missing_skills >= 0),
    run_id          bigint       NOT NULL REFERENCES alignment.alignment_run (id),
    computed_at     timestamptz  NOT NULL
);
CREATE INDEX program_score_field_region_idx ON alignment.program_score (field_code, region_code);
CREATE INDEX program_score_university_idx ON alignment.program_score (university_id);
