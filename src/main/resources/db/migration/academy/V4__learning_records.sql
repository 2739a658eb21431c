-- Learning records and the figures built on them (issue 6, items 5 and 6; decision records 0024 and 0025).

-- xAPI 1.0.3 statements kept in the platform's own store. The actor is always an account {homePage: the platform's
-- public URL, name: the person id}: no e-mail address (mbox) ever goes into a statement, so an exported file names
-- nobody by itself. The statement id is derived from the event that caused it (a name-based UUID), so an event
-- delivered twice stores one statement (ON CONFLICT (id) DO NOTHING). The columns beside the JSON are what the
-- queries filter on; the JSON is the statement as the API returns it.
CREATE TABLE academy.xapi_statement (
    id                uuid          PRIMARY KEY,
    actor_person_id   uuid          NOT NULL,
    verb_id           varchar(200)  NOT NULL,
    object_id         varchar(400)  NOT NULL,
    -- the course the statement belongs to (its owner may read it) and the enrollment (xAPI context.registration)
    course_id         uuid          NOT NULL,
    registration      uuid,
    parent_id         varchar(400),
    result_success    boolean,
    result_completion boolean,
    result_scaled     numeric(5, 4) CHECK (result_scaled IS NULL OR result_scaled BETWEEN -1 AND 1),
    "timestamp"       timestamptz   NOT NULL,
    stored            timestamptz   NOT NULL DEFAULT now(),
    statement         jsonb         NOT NULL
);
-- the API pages newest stored first, by (stored, id); each filter has an index that also orders the page
CREATE INDEX xapi_statement_stored_idx ON academy.xapi_statement (stored DESC, id DESC);
CREATE INDEX xapi_statement_actor_idx ON academy.xapi_statement (actor_person_id, stored DESC);
CREATE INDEX xapi_statement_object_idx ON academy.xapi_statement (object_id, stored DESC);
CREATE INDEX xapi_statement_verb_idx ON academy.xapi_statement (verb_id, stored DESC);
CREATE INDEX xapi_statement_registration_idx ON academy.xapi_statement (registration) WHERE registration IS NOT NULL;
CREATE INDEX xapi_statement_timestamp_idx ON academy.xapi_statement ("timestamp");
-- the analytics: who reached which lesson / passed which quiz, per course
CREATE INDEX xapi_statement_course_verb_idx ON academy.xapi_statement (course_id, verb_id, object_id);

-- A learner's self-declared gender, optional and changeable (identity keeps none). Only counted, never shown per
-- person; a learner who never answered has no row and counts as undisclosed.
CREATE TABLE academy.learner_profile (
    person_id  uuid        PRIMARY KEY,
    gender     varchar(12) NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'UNDISCLOSED')),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- What the figures need of an enrollment, taken when it is made: its semester (Kazakhstan academic year, see
-- AcademicSemester) and the learner's university and region at that time (a learner who moves later stays counted
-- where they enrolled). Null organization/region: the learner belonged to no university or college.
CREATE TABLE academy.enrollment_fact (
    enrollment_id   uuid        PRIMARY KEY REFERENCES academy.enrollment (id) ON DELETE CASCADE,
    course_id       uuid        NOT NULL,
    learner_id      uuid        NOT NULL,
    semester        varchar(12) NOT NULL CHECK (semester ~ '^[0-9]{4}-(AUTUMN|SPRING|SUMMER)$'),
    organization_id uuid,
    region_code     varchar(8),
    stem            boolean     NOT NULL
);
CREATE INDEX enrollment_fact_semester_idx ON academy.enrollment_fact (semester, course_id);
CREATE INDEX enrollment_fact_course_idx ON academy.enrollment_fact (course_id, semester);
CREATE INDEX enrollment_fact_organization_idx ON academy.enrollment_fact (organization_id, semester);

-- Regions whose learners count as "from remote areas" (seed 000: inclusion of people from remote areas). Reference
-- data has no such flag, so the academy keeps its list; the figures join it when they are read, so changing the
-- list re-classifies every past enrollment. The starting list is a provisional choice (see decision record 0025).
CREATE TABLE academy.remote_region (
    region_code varchar(8) PRIMARY KEY,
    note        text       NOT NULL
);
INSERT INTO academy.remote_region (region_code, note) VALUES
    ('KZ-62', 'Ulytau: most sparsely populated region'),
    ('KZ-43', 'Kyzylorda: sparsely populated, far from the three republican cities'),
    ('KZ-47', 'Mangystau: far west, sparsely populated'),
    ('KZ-23', 'Atyrau: far west'),
    ('KZ-27', 'West Kazakhstan: far west'),
    ('KZ-15', 'Aktobe: sparsely populated'),
    ('KZ-10', 'Abai: sparsely populated east');
