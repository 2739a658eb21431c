-- Delivery (issue 6 item 3): how learners get in (open, by approval, into cohorts with caps and a waiting list),
-- the academic semesters, cohorts placed in them, and the live sessions of blended courses.

-- The enrollment mode is the course's, not the version's: who may come in is an administrative choice the owner
-- changes between cohorts (a frozen version is about what learners read, and must not need a new version for it).
ALTER TABLE academy.course ADD COLUMN enrollment_mode varchar(16) NOT NULL DEFAULT 'OPEN'
    CHECK (enrollment_mode IN ('OPEN', 'APPROVAL', 'COHORT'));

-- Academic semesters as data (Kazakhstan: autumn about September to January, spring February to June); the
-- platform administrator corrects the dates each year.
CREATE TABLE academy.semester (
    id        uuid        PRIMARY KEY,
    code      varchar(16) NOT NULL UNIQUE,
    name_kk   text,
    name_ru   text,
    name_en   text,
    starts_on date        NOT NULL,
    ends_on   date        NOT NULL,
    CONSTRAINT semester_has_name CHECK (coalesce(name_kk, name_ru, name_en) IS NOT NULL),
    CONSTRAINT semester_dates CHECK (ends_on > starts_on)
);
INSERT INTO academy.semester (id, code, name_kk, name_ru, name_en, starts_on, ends_on) VALUES
    ('5e3e0000-0000-4000-8000-000000002501', '2025-AUTUMN', '2025-2026 күзгі семестр', 'Осенний семестр 2025-2026', 'Autumn semester 2025-2026', '2025-09-01', '2026-01-24'),
    ('5e3e0000-0000-4000-8000-000000002602', '2026-SPRING', '2025-2026 көктемгі семестр', 'Весенний семестр 2025-2026', 'Spring semester 2025-2026', '2026-01-26', '2026-06-20'),
    ('5e3e0000-0000-4000-8000-000000002601', '2026-AUTUMN', '2026-2027 күзгі семестр', 'Осенний семестр 2026-2027', 'Autumn semester 2026-2027', '2026-09-01', '2027-01-23'),
    ('5e3e0000-0000-4000-8000-000000002702', '2027-SPRING', '2026-2027 көктемгі семестр', 'Весенний семестр 2026-2027', 'Spring semester 2026-2027', '2027-01-25', '2027-06-19'),
    ('5e3e0000-0000-4000-8000-000000002701', '2027-AUTUMN', '2027-2028 күзгі семестр', 'Осенний семестр 2027-2028', 'Autumn semester 2027-2028', '2027-09-01', '2028-01-22');

-- A cohort: one run of a course with its dates, enrollment window and cap. Seats are counted under a lock of the
-- cohort's row (SELECT ... FOR UPDATE), so two learners taking the last seat at once cannot both get it.
CREATE TABLE academy.cohort (
    id              uuid        PRIMARY KEY,
    course_id       uuid        NOT NULL REFERENCES academy.course (id),
    semester_id     uuid        REFERENCES academy.semester (id),
    name            varchar(120) NOT NULL,
    starts_on       date        NOT NULL,
    ends_on         date        NOT NULL,
    enroll_opens_on date        NOT NULL,
    enroll_closes_on date       NOT NULL,
    capacity        integer     NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT cohort_dates CHECK (ends_on >= starts_on AND enroll_closes_on >= enroll_opens_on)
);
CREATE INDEX cohort_course_idx ON academy.cohort (course_id, starts_on);

-- Live sessions of a blended course's cohort: online (a link), on site (a place), or both.
CREATE TABLE academy.live_session (
    id        uuid         PRIMARY KEY,
    cohort_id uuid         NOT NULL REFERENCES academy.cohort (id),
    title     varchar(200) NOT NULL,
    starts_at timestamptz  NOT NULL,
    minutes   integer      NOT NULL CHECK (minutes BETWEEN 5 AND 600),
    online_url text        CHECK (online_url IS NULL OR online_url ~ '^https://'),
    place     varchar(300),
    CONSTRAINT live_session_where CHECK (online_url IS NOT NULL OR place IS NOT NULL)
);
CREATE INDEX live_session_cohort_idx ON academy.live_session (cohort_id, starts_at);

-- The status of an enrollment; only ACTIVE opens lessons. Rows from before delivery were open enrollments: ACTIVE.
-- waitlisted_at orders the waiting list of a cohort (first come, first promoted).
ALTER TABLE academy.enrollment
    ADD COLUMN status        varchar(16) NOT NULL DEFAULT 'ACTIVE'
        CHECK (status IN ('PENDING', 'ACTIVE', 'WAITLISTED', 'DECLINED', 'WITHDRAWN')),
    ADD COLUMN cohort_id     uuid REFERENCES academy.cohort (id),
    ADD COLUMN waitlisted_at timestamptz,
    ADD COLUMN decided_at    timestamptz,
    ADD COLUMN decided_by    uuid,
    ADD COLUMN decision_reason text,
    ADD COLUMN status_at     timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT enrollment_waitlist_has_time CHECK (status <> 'WAITLISTED' OR (waitlisted_at IS NOT NULL AND cohort_id IS NOT NULL));
CREATE INDEX enrollment_cohort_idx ON academy.enrollment (cohort_id, status, waitlisted_at) WHERE cohort_id IS NOT NULL;
CREATE INDEX enrollment_pending_idx ON academy.enrollment (course_id, enrolled_at) WHERE status = 'PENDING';
