-- Development plans (issue 7 item 3) and training: cohorts, attendance, educators' own external records (item 4).
-- People and organizations are identity ids, academy courses academy ids: no foreign keys across schemas.

-- One plan per educator, institution and period start. The supervisor is a UNIVERSITY_COORDINATOR of the same
-- institution (checked by the service); their last comment stays on the plan, every step is in plan_event.
CREATE TABLE development_plan (
    id                 uuid        PRIMARY KEY,
    person_id          uuid        NOT NULL,
    organization_id    uuid        NOT NULL,
    framework_id       uuid        NOT NULL REFERENCES framework (id),
    period_start       date        NOT NULL,
    period_end         date        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    supervisor_comment text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT development_plan_period CHECK (period_end > period_start),
    UNIQUE (person_id, organization_id, period_start)
);
CREATE INDEX development_plan_review ON development_plan (organization_id, status);

-- The plan's history: who moved it to which status, when, with which comment.
CREATE TABLE plan_event (
    id       uuid        PRIMARY KEY,
    plan_id  uuid        NOT NULL REFERENCES development_plan (id) ON DELETE CASCADE,
    status   text        NOT NULL,
    actor_id uuid        NOT NULL,
    comment  text,
    at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_event_plan ON plan_event (plan_id, at);

-- A goal is one competence of the plan's framework to reach a level by a date, optionally with the training planned for it.
CREATE TABLE plan_goal (
    id          uuid        PRIMARY KEY,
    plan_id     uuid        NOT NULL REFERENCES development_plan (id) ON DELETE CASCADE,
    item_id     uuid        NOT NULL REFERENCES item (id),
    target_rank int         NOT NULL CHECK (target_rank BETWEEN 1 AND 6),
    due_on      date        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED')),
    program_id  uuid        REFERENCES training_program (id),
    description text        NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_goal_plan ON plan_goal (plan_id, created_at);

-- Evidence files (PDF or image, type checked from the bytes, size-limited by the service).
CREATE TABLE goal_evidence (
    id           uuid        PRIMARY KEY,
    goal_id      uuid        NOT NULL REFERENCES plan_goal (id) ON DELETE CASCADE,
    file_name    text        NOT NULL,
    content_type text        NOT NULL,
    size_bytes   int         NOT NULL,
    content      bytea       NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX goal_evidence_goal ON goal_evidence (goal_id);

-- A cohort runs a program for an institution's educators; completion_share of the sessions attended completes a member.
CREATE TABLE cohort (
    id               uuid         PRIMARY KEY,
    program_id       uuid         NOT NULL REFERENCES training_program (id),
    organization_id  uuid         NOT NULL,
    title            text         NOT NULL,
    starts_on        date         NOT NULL,
    ends_on          date         NOT NULL,
    capacity         int          NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    completion_share numeric(3, 2) NOT NULL CHECK (completion_share > 0 AND completion_share <= 1),
    created_at       timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT cohort_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX cohort_organization ON cohort (organization_id, starts_on);

CREATE TABLE cohort_member (
    cohort_id     uuid        NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    person_id     uuid        NOT NULL,
    completed_at  timestamptz,
    PRIMARY KEY (cohort_id, person_id)
);

CREATE TABLE cohort_session (
    id        uuid PRIMARY KEY,
    cohort_id uuid NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    held_on   date NOT NULL,
    topic     text NOT NULL
);
CREATE INDEX cohort_session_cohort ON cohort_session (cohort_id, held_on);

CREATE TABLE attendance (
    session_id uuid        NOT NULL REFERENCES cohort_session (id) ON DELETE CASCADE,
    person_id  uuid        NOT NULL,
    present    boolean     NOT NULL,
    marked_by  uuid        NOT NULL,
    marked_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, person_id)
);

-- An educator's own record of external training (a PENDING row of training_completion): the institution whose
-- coordinators confirm it, the evidence, and the reason of a rejection.
CREATE TABLE external_record (
    completion_id   uuid  PRIMARY KEY REFERENCES training_completion (id),
    organization_id uuid  NOT NULL,
    file_name       text  NOT NULL,
    content_type    text  NOT NULL,
    content         bytea NOT NULL,
    reason          text
);
CREATE INDEX external_record_organization ON external_record (organization_id);
