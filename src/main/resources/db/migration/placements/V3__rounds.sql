-- Allocation rounds (decision 0012): a university coordinator puts offers with their seats in a round, the
-- university's eligible students rank up to 10 of them until the deadline, the allocation engine (decision 0008)
-- places them, the coordinator reviews the result and publishes it as placements (way ROUND, round_id).

-- DRAFT -> OPEN (students rank) -> CLOSED (deadline passed or closed by the coordinator) -> RUN (a result to review;
-- run again after changing seats) -> PUBLISHED (placements made). seed: the tie-breaking lottery of every run.
CREATE TABLE placements.round (
    id             uuid        PRIMARY KEY,
    university_id  uuid        NOT NULL,
    name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    status         varchar(16) NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'RUN', 'PUBLISHED')),
    deadline       timestamptz NOT NULL,
    seed           bigint      NOT NULL,
    current_run_id uuid,
    created_by     uuid        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    published_at   timestamptz,
    published_by   uuid
);
CREATE INDEX round_university_idx ON placements.round (university_id, status);

-- The offers of a round: seats in this round (at most the offer's seats still free when set) and the seats reserved
-- for each equity category of the engine (soft reserves, filled in the order remote region, targeted grant, women in STEM).
CREATE TABLE placements.round_offer (
    round_id                uuid    NOT NULL REFERENCES placements.round (id) ON DELETE CASCADE,
    offer_id                uuid    NOT NULL REFERENCES placements.offer (id),
    capacity                integer NOT NULL CHECK (capacity >= 0),
    reserved_remote_region  integer NOT NULL DEFAULT 0 CHECK (reserved_remote_region >= 0),
    reserved_targeted_grant integer NOT NULL DEFAULT 0 CHECK (reserved_targeted_grant >= 0),
    reserved_women_in_stem  integer NOT NULL DEFAULT 0 CHECK (reserved_women_in_stem >= 0),
    -- the order the offers were put in the round (pages and the instance list them in it)
    seq                     bigint  GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (round_id, offer_id),
    CONSTRAINT round_offer_reserves_within CHECK
        (reserved_remote_region + reserved_targeted_grant + reserved_women_in_stem <= capacity)
);

-- A student's ranking: position 1 is the first choice; at most 10.
CREATE TABLE placements.round_preference (
    round_id   uuid        NOT NULL,
    student_id uuid        NOT NULL,
    offer_id   uuid        NOT NULL,
    position   smallint    NOT NULL CHECK (position BETWEEN 1 AND 10),
    saved_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (round_id, student_id, position),
    CONSTRAINT round_preference_once UNIQUE (round_id, student_id, offer_id),
    FOREIGN KEY (round_id, offer_id) REFERENCES placements.round_offer (round_id, offer_id) ON DELETE CASCADE
);

-- One engine run: the instance it read and the result it wrote, both in the documented format
-- (docs/allocation-format.md), so every run can be replayed with the allocate command and checked.
CREATE TABLE placements.round_run (
    id            uuid        PRIMARY KEY,
    round_id      uuid        NOT NULL REFERENCES placements.round (id) ON DELETE CASCADE,
    run_at        timestamptz NOT NULL DEFAULT now(),
    run_by        uuid        NOT NULL,
    students      integer     NOT NULL,
    assigned      integer     NOT NULL,
    seats         integer     NOT NULL,
    by_choice     integer[]   NOT NULL,
    instance_json text        NOT NULL,
    result_json   text        NOT NULL
);
CREATE INDEX round_run_round_idx ON placements.round_run (round_id, run_at);

-- Per equity category of a run: its students, how many were placed, seats reserved for it and taken by its members.
CREATE TABLE placements.round_run_category (
    run_id                uuid        NOT NULL REFERENCES placements.round_run (id) ON DELETE CASCADE,
    category              varchar(16) NOT NULL CHECK (category IN ('REMOTE_REGION', 'TARGETED_GRANT', 'WOMEN_IN_STEM')),
    students              integer     NOT NULL,
    assigned              integer     NOT NULL,
    reserved_seats        integer     NOT NULL,
    reserved_seats_filled integer     NOT NULL,
    PRIMARY KEY (run_id, category)
);

-- Per offer of a run: seats, fill, applicants it ranks, and the rank (and score) of the last admitted student.
CREATE TABLE placements.round_offer_outcome (
    run_id            uuid    NOT NULL REFERENCES placements.round_run (id) ON DELETE CASCADE,
    offer_id          uuid    NOT NULL,
    capacity          integer NOT NULL,
    filled            integer NOT NULL,
    applicants        integer NOT NULL,
    cutoff_rank       integer,
    cutoff_score      double precision,
    open_cutoff_rank  integer,
    open_cutoff_score double precision,
    PRIMARY KEY (run_id, offer_id)
);

-- Per student of a run: the offer obtained (null: none), which choice it was, the rank and score there, the seat
-- (OPEN or the category of a reserved seat).
CREATE TABLE placements.round_outcome (
    run_id     uuid        NOT NULL REFERENCES placements.round_run (id) ON DELETE CASCADE,
    student_id uuid        NOT NULL,
    offer_id   uuid,
    choice     smallint,
    rank       integer,
    score      double precision,
    seat       varchar(16),
    PRIMARY KEY (run_id, student_id)
);

-- Why a student did not get each offer ranked above the outcome: the engine's reason, the student's own rank (and
-- score) there and the cutoff that beat it, the categories whose reserved seats went to students ranked lower.
CREATE TABLE placements.round_not_chosen (
    run_id       uuid        NOT NULL REFERENCES placements.round_run (id) ON DELETE CASCADE,
    student_id   uuid        NOT NULL,
    choice       smallint    NOT NULL,
    offer_id     uuid        NOT NULL,
    reason       varchar(16) NOT NULL CHECK (reason IN ('NOT_RANKED', 'NO_SEATS', 'CUT_OFF', 'RESERVED_SEATS')),
    your_rank    integer,
    your_score   double precision,
    cutoff_rank  integer,
    cutoff_score double precision,
    reserved_for text,
    PRIMARY KEY (run_id, student_id, choice)
);

-- A company's own scores (0-100) for the students who ranked its offer in a round, set by its representatives before
-- the run; a score set replaces that student's skill-match score at that offer (ties still go to the lottery).
CREATE TABLE placements.round_offer_score (
    round_id   uuid        NOT NULL,
    offer_id   uuid        NOT NULL,
    student_id uuid        NOT NULL,
    score      integer     NOT NULL CHECK (score BETWEEN 0 AND 100),
    scored_by  uuid        NOT NULL,
    scored_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (round_id, offer_id, student_id),
    FOREIGN KEY (round_id, offer_id) REFERENCES placements.round_offer (round_id, offer_id) ON DELETE CASCADE
);
