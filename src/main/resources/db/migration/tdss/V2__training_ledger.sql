-- The training ledger: the programs educators train in and each completed training an educator has to show for it.
-- Development plans recommend programs; certification counts confirmed hours and completed programs from here.

-- A program is either run on the academy's course engine for educators (PLATFORM_COURSE, with its academy course id,
-- checked through the academy facade) or an EXTERNAL one (another provider, national or international) recorded here.
CREATE TABLE training_program (
    id                uuid          PRIMARY KEY,
    code              text          NOT NULL UNIQUE,
    kind              text          NOT NULL CHECK (kind IN ('PLATFORM_COURSE', 'EXTERNAL')),
    level             text          NOT NULL CHECK (level IN ('NATIONAL', 'INTERNATIONAL')),
    academy_course_id uuid,
    title_kk          text          NOT NULL,
    title_ru          text          NOT NULL,
    title_en          text          NOT NULL,
    provider          text          NOT NULL,
    hours             numeric(6, 1) NOT NULL CHECK (hours > 0),
    accredited        boolean       NOT NULL DEFAULT false,
    organization_id   uuid,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT training_program_course CHECK ((kind = 'PLATFORM_COURSE') = (academy_course_id IS NOT NULL))
);
CREATE UNIQUE INDEX training_program_academy_course ON training_program (academy_course_id) WHERE academy_course_id IS NOT NULL;

-- The competences (framework items) a program develops: what plans match against an educator's gaps.
CREATE TABLE training_program_competence (
    program_id uuid NOT NULL REFERENCES training_program (id) ON DELETE CASCADE,
    item_id    uuid NOT NULL REFERENCES item (id),
    PRIMARY KEY (program_id, item_id)
);
CREATE INDEX training_program_competence_item ON training_program_competence (item_id);

-- One completed training of one educator. It comes from a cohort's completion (COHORT), a completed academy course
-- (ACADEMY), or the educator's own record of an external program with evidence (EXTERNAL), which counts only once
-- CONFIRMED by a supervisor. program_id is null for an external training that is not in the program list; the title
-- and provider then say what it was.
CREATE TABLE training_completion (
    id           uuid          PRIMARY KEY,
    person_id    uuid          NOT NULL,
    program_id   uuid          REFERENCES training_program (id),
    title        text          NOT NULL,
    provider     text          NOT NULL,
    level        text          NOT NULL CHECK (level IN ('NATIONAL', 'INTERNATIONAL')),
    hours        numeric(6, 1) NOT NULL CHECK (hours > 0 AND hours <= 2000),
    source       text          NOT NULL CHECK (source IN ('COHORT', 'ACADEMY', 'EXTERNAL')),
    status       text          NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
    completed_on date          NOT NULL,
    decided_by   uuid,
    decided_at   timestamptz,
    created_at   timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX training_completion_person ON training_completion (person_id, status);
-- a program completed twice (a cohort and the same course online) counts once
CREATE UNIQUE INDEX training_completion_once ON training_completion (person_id, program_id)
    WHERE program_id IS NOT NULL AND status <> 'REJECTED';
