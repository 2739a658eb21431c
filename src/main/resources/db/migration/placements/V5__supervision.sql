-- Supervision of a placement: the practice plan of individual assignments and the electronic trainee diary.
-- The columns below are read by the dashboards (late diaries); the supervision part may add tables and columns.

-- One individual assignment of the practice plan, tied to learning outcomes of the student's program (by the
-- outcome's code in the programs register) and to skills of the taxonomy.
CREATE TABLE placements.plan_assignment (
    id           uuid        PRIMARY KEY,
    placement_id uuid        NOT NULL REFERENCES placements.placement (id) ON DELETE CASCADE,
    position     smallint    NOT NULL,
    title        text        NOT NULL,
    description  text,
    due_on       date,
    created_by   uuid        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_assignment_placement_idx ON placements.plan_assignment (placement_id, position);

CREATE TABLE placements.plan_assignment_skill (
    assignment_id uuid NOT NULL REFERENCES placements.plan_assignment (id) ON DELETE CASCADE,
    skill_uri     text NOT NULL,
    PRIMARY KEY (assignment_id, skill_uri)
);

CREATE TABLE placements.plan_assignment_outcome (
    assignment_id uuid NOT NULL REFERENCES placements.plan_assignment (id) ON DELETE CASCADE,
    outcome_code  text NOT NULL,
    PRIMARY KEY (assignment_id, outcome_code)
);

-- One day of work the student logged. SUBMITTED until the mentor APPROVES it or RETURNS it with a comment (the
-- student corrects and submits again).
CREATE TABLE placements.diary_entry (
    id           uuid         PRIMARY KEY,
    placement_id uuid         NOT NULL REFERENCES placements.placement (id) ON DELETE CASCADE,
    entry_date   date         NOT NULL,
    hours        numeric(4,1) NOT NULL CHECK (hours > 0 AND hours <= 24),
    work_done    text         NOT NULL,
    assignment_id uuid        REFERENCES placements.plan_assignment (id) ON DELETE SET NULL,
    status       varchar(16)  NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'RETURNED')),
    submitted_at timestamptz  NOT NULL DEFAULT now(),
    decided_by   uuid,
    decided_at   timestamptz,
    CONSTRAINT diary_entry_once_a_day UNIQUE (placement_id, entry_date)
);
CREATE INDEX diary_entry_status_idx ON placements.diary_entry (placement_id, status);
