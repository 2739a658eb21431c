-- Evaluations, practice certificates, the competence record and job offers. The columns below are read by the
-- dashboards (at-risk students, conversion to employment); the evaluation part may add tables and columns.

-- One evaluation form: mid-term or final, by the company mentor, the academic tutor, or the student's own
-- self-evaluation. score is the form's overall result in percent (0-100), computed from its criteria.
CREATE TABLE placements.evaluation (
    id           uuid         PRIMARY KEY,
    placement_id uuid         NOT NULL REFERENCES placements.placement (id) ON DELETE CASCADE,
    stage        varchar(8)   NOT NULL CHECK (stage IN ('MID', 'FINAL')),
    evaluator    varchar(8)   NOT NULL CHECK (evaluator IN ('MENTOR', 'TUTOR', 'SELF')),
    evaluator_id uuid         NOT NULL,
    score        numeric(5,2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    comment      text,
    submitted_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT evaluation_once UNIQUE (placement_id, stage, evaluator)
);

-- An offer of employment the host company made to its intern (feeds employment outcomes).
CREATE TABLE placements.job_offer (
    id           uuid        PRIMARY KEY,
    placement_id uuid        NOT NULL UNIQUE REFERENCES placements.placement (id) ON DELETE CASCADE,
    position     text        NOT NULL,
    salary_kzt   integer     CHECK (salary_kzt >= 0),
    offered_on   date        NOT NULL,
    accepted     boolean,
    recorded_by  uuid        NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);

-- The ratings of one evaluation form, one row per criterion. criterion names what was rated: SKILL:<taxonomy URI>
-- (a required skill of the offer or a skill of the practice plan), OUTCOME:<learning outcome code> (of the plan),
-- or GENERIC:<code> (knowledge, quality, communication, teamwork, initiative, safety) when the placement has none.
-- Scale 1-5; a rating of 1 or 2 carries a comment saying why.
CREATE TABLE placements.evaluation_rating (
    evaluation_id uuid     NOT NULL REFERENCES placements.evaluation (id) ON DELETE CASCADE,
    position      smallint NOT NULL,
    criterion     text     NOT NULL CHECK (criterion ~ '^(SKILL|OUTCOME|GENERIC):.+'),
    rating        smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment       text,
    PRIMARY KEY (evaluation_id, criterion),
    CONSTRAINT evaluation_rating_low_explained CHECK (rating > 2 OR btrim(coalesce(comment, '')) <> '')
);

-- The decision made when both final evaluations (mentor and tutor) are in: score = mean of the two, passed when it
-- reaches the minimum score in force at that moment (kept, so a later change of the setting rewrites nothing).
CREATE TABLE placements.evaluation_result (
    placement_id  uuid         PRIMARY KEY REFERENCES placements.placement (id) ON DELETE CASCADE,
    mentor_score  numeric(5,2) NOT NULL,
    tutor_score   numeric(5,2) NOT NULL,
    score         numeric(5,2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    minimum_score numeric(5,2) NOT NULL,
    passed        boolean      NOT NULL,
    decided_at    timestamptz  NOT NULL DEFAULT now()
);

-- The student's feedback on the host, once per placement. The company sees it only aggregated over all its
-- placements and only from five answers on; company_id is copied from the placement for that aggregate.
CREATE TABLE placements.host_feedback (
    placement_id    uuid        PRIMARY KEY REFERENCES placements.placement (id) ON DELETE CASCADE,
    company_id      uuid,
    mentoring       smallint    NOT NULL CHECK (mentoring BETWEEN 1 AND 5),
    tasks           smallint    NOT NULL CHECK (tasks BETWEEN 1 AND 5),
    conditions      smallint    NOT NULL CHECK (conditions BETWEEN 1 AND 5),
    would_recommend boolean     NOT NULL,
    text            text,
    submitted_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX host_feedback_company_idx ON placements.host_feedback (company_id) WHERE company_id IS NOT NULL;

-- The practice certificate of a COMPLETED placement. What it certifies is copied at issue (names, program, terms,
-- score), so the public verification page shows what was issued. verification_code: 128 random bits in base32.
CREATE SEQUENCE placements.certificate_number_seq;
CREATE TABLE placements.certificate (
    id                uuid         PRIMARY KEY,
    placement_id      uuid         NOT NULL UNIQUE REFERENCES placements.placement (id),
    number            text         NOT NULL UNIQUE,
    verification_code varchar(26)  NOT NULL UNIQUE CHECK (verification_code ~ '^[a-z2-7]{26}$'),
    holder_name       text         NOT NULL,
    university_kk     text,
    university_ru     text,
    university_en     text,
    company_kk        text,
    company_ru        text,
    company_en        text,
    program_code      varchar(7),
    program_kk        text,
    program_ru        text,
    program_en        text,
    offer_type        varchar(24)  NOT NULL,
    starts_on         date         NOT NULL,
    ends_on           date         NOT NULL,
    hours             integer      NOT NULL CHECK (hours > 0),
    score             numeric(5,2) NOT NULL,
    issued_on         date         NOT NULL,
    valid_until       date,
    issued_at         timestamptz  NOT NULL DEFAULT now()
);

-- The competence record of a COMPLETED placement: each criterion of the final evaluations with the mentor's and
-- the tutor's rating and the final rating (their mean; the one given when only one of them rated it).
CREATE TABLE placements.competence_record (
    placement_id  uuid         NOT NULL REFERENCES placements.placement (id) ON DELETE CASCADE,
    position      smallint     NOT NULL,
    criterion     text         NOT NULL,
    mentor_rating smallint     CHECK (mentor_rating BETWEEN 1 AND 5),
    tutor_rating  smallint     CHECK (tutor_rating BETWEEN 1 AND 5),
    final_rating  numeric(3,2) NOT NULL CHECK (final_rating BETWEEN 1 AND 5),
    PRIMARY KEY (placement_id, criterion)
);
