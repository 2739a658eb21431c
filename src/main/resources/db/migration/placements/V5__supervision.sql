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

-- Added by the supervision part (the columns above keep their meaning).

-- When the student last changed an entry (a returned entry edited goes back to SUBMITTED with a new submitted_at).
ALTER TABLE placements.diary_entry ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
-- The mentor's page lists the pending entries of their mentees, newest first.
CREATE INDEX diary_entry_pending_idx ON placements.diary_entry (placement_id, submitted_at DESC) WHERE status = 'SUBMITTED';

-- Files the student attaches to an entry (PDF, PNG, JPEG, DOCX recognised by content), kept in the database like CVs.
CREATE TABLE placements.diary_attachment (
    id           uuid        PRIMARY KEY,
    entry_id     uuid        NOT NULL REFERENCES placements.diary_entry (id) ON DELETE CASCADE,
    file_name    text        NOT NULL,
    content_type varchar(80) NOT NULL,
    size_bytes   integer     NOT NULL CHECK (size_bytes > 0),
    content      bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX diary_attachment_entry_idx ON placements.diary_attachment (entry_id);

-- The thread of one entry: the student, the mentor and the tutor write to each other; a return carries its comment.
CREATE TABLE placements.diary_comment (
    id           uuid        PRIMARY KEY,
    entry_id     uuid        NOT NULL REFERENCES placements.diary_entry (id) ON DELETE CASCADE,
    author_id    uuid        NOT NULL,
    author_party varchar(16) NOT NULL CHECK (author_party IN ('STUDENT', 'MENTOR', 'TUTOR')),
    body         text        NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    returned     boolean     NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX diary_comment_entry_idx ON placements.diary_comment (entry_id, created_at);

-- Reminders sent by the daily job: a late-diary reminder to the student of a placement (LATE_ENTRY), a digest of
-- pending entries to a mentor (PENDING_DIGEST, placement_id null). At most one of a kind a day per placement / mentor.
CREATE TABLE placements.supervision_reminder (
    id           uuid        PRIMARY KEY,
    kind         varchar(16) NOT NULL CHECK (kind IN ('LATE_ENTRY', 'PENDING_DIGEST')),
    placement_id uuid        REFERENCES placements.placement (id) ON DELETE CASCADE,
    recipient_id uuid        NOT NULL,
    sent_on      date        NOT NULL,
    sent_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT supervision_reminder_kind_target CHECK ((kind = 'LATE_ENTRY') = (placement_id IS NOT NULL))
);
CREATE UNIQUE INDEX supervision_reminder_late_once ON placements.supervision_reminder (placement_id, sent_on)
    WHERE kind = 'LATE_ENTRY';
CREATE UNIQUE INDEX supervision_reminder_digest_once ON placements.supervision_reminder (recipient_id, sent_on)
    WHERE kind = 'PENDING_DIGEST';
