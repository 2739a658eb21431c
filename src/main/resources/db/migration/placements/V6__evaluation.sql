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
