-- Assignments graded by a rubric (decision 0027). An assignment belongs to a module of a course version and carries
-- the version's id, so the frozen-content trigger of V1 covers it and its rubric like lessons; "start a new draft"
-- copies them keeping assignment_key and criterion_key. Submissions and grades belong to an enrollment, not to the
-- version's content, and stay writable after publishing.

CREATE TABLE academy.assignment (
    id               uuid        PRIMARY KEY,
    version_id       uuid        NOT NULL REFERENCES academy.course_version (id),
    module_id        uuid        NOT NULL REFERENCES academy.course_module (id) ON DELETE CASCADE,
    assignment_key   uuid        NOT NULL,
    position         integer     NOT NULL,
    title_kk         text,
    title_ru         text,
    title_en         text,
    instructions_md_kk   text,
    instructions_md_ru   text,
    instructions_md_en   text,
    -- rendered and sanitised by LessonMarkdown when saved, served as stored
    instructions_html_kk text,
    instructions_html_ru text,
    instructions_html_en text,
    pass_percent     integer     NOT NULL CHECK (pass_percent BETWEEN 1 AND 100),
    accepts_text     boolean     NOT NULL,
    accepts_file     boolean     NOT NULL,
    file_max_mb      integer     NOT NULL CHECK (file_max_mb BETWEEN 1 AND 20),
    due_days         integer     CHECK (due_days BETWEEN 1 AND 365),
    resubmission     varchar(16) NOT NULL CHECK (resubmission IN ('NONE', 'UNTIL_PASSED')),
    CONSTRAINT assignment_has_title CHECK (coalesce(title_kk, title_ru, title_en) IS NOT NULL),
    CONSTRAINT assignment_accepts_something CHECK (accepts_text OR accepts_file),
    CONSTRAINT assignment_key_once_per_version UNIQUE (version_id, assignment_key)
);
CREATE INDEX assignment_module_idx ON academy.assignment (module_id, position);
CREATE INDEX assignment_version_idx ON academy.assignment (version_id);

CREATE TABLE academy.rubric_criterion (
    id             uuid    PRIMARY KEY,
    assignment_id  uuid    NOT NULL REFERENCES academy.assignment (id) ON DELETE CASCADE,
    version_id     uuid    NOT NULL REFERENCES academy.course_version (id),
    criterion_key  uuid    NOT NULL,
    position       integer NOT NULL,
    title_kk       text,
    title_ru       text,
    title_en       text,
    description_kk text,
    description_ru text,
    description_en text,
    CONSTRAINT rubric_criterion_has_title CHECK (coalesce(title_kk, title_ru, title_en) IS NOT NULL)
);
CREATE INDEX rubric_criterion_assignment_idx ON academy.rubric_criterion (assignment_id, position);
CREATE INDEX rubric_criterion_version_idx ON academy.rubric_criterion (version_id);

-- Points are unique within a criterion: two levels worth the same would make the grade ambiguous.
CREATE TABLE academy.rubric_level (
    id             uuid    PRIMARY KEY,
    criterion_id   uuid    NOT NULL REFERENCES academy.rubric_criterion (id) ON DELETE CASCADE,
    version_id     uuid    NOT NULL REFERENCES academy.course_version (id),
    points         integer NOT NULL CHECK (points BETWEEN 0 AND 1000),
    label_kk       text,
    label_ru       text,
    label_en       text,
    description_kk text,
    description_ru text,
    description_en text,
    CONSTRAINT rubric_level_has_label CHECK (coalesce(label_kk, label_ru, label_en) IS NOT NULL),
    CONSTRAINT rubric_level_points_unique UNIQUE (criterion_id, points)
);
CREATE INDEX rubric_level_version_idx ON academy.rubric_level (version_id);

CREATE TRIGGER assignment_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.assignment
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();
CREATE TRIGGER rubric_criterion_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.rubric_criterion
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();
CREATE TRIGGER rubric_level_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.rubric_level
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();

-- One row per attempt of a learner; assignment_key lets "passed" follow a learner who moves to a newer version.
-- The file's type comes from its bytes (AttachmentTypes) and its size is checked against the assignment's limit
-- before anything is written.
CREATE TABLE academy.assignment_submission (
    id             uuid         PRIMARY KEY,
    assignment_id  uuid         NOT NULL REFERENCES academy.assignment (id),
    assignment_key uuid         NOT NULL,
    enrollment_id  uuid         NOT NULL REFERENCES academy.enrollment (id) ON DELETE CASCADE,
    learner_id     uuid         NOT NULL,
    attempt        integer      NOT NULL CHECK (attempt >= 1),
    body_text      text         CHECK (length(body_text) <= 20000),
    file_name      varchar(200),
    content_type   varchar(120),
    size_bytes     integer      CHECK (size_bytes > 0),
    content        bytea,
    submitted_at   timestamptz  NOT NULL DEFAULT now(),
    late           boolean      NOT NULL DEFAULT false,
    CONSTRAINT assignment_submission_attempt_unique UNIQUE (assignment_id, enrollment_id, attempt),
    CONSTRAINT assignment_submission_has_content CHECK (body_text IS NOT NULL OR content IS NOT NULL),
    CONSTRAINT assignment_submission_file_complete CHECK ((content IS NULL) = (file_name IS NULL)
        AND (content IS NULL) = (content_type IS NULL) AND (content IS NULL) = (size_bytes IS NULL))
);
CREATE INDEX assignment_submission_enrollment_idx ON academy.assignment_submission (enrollment_id, assignment_key);
CREATE INDEX assignment_submission_assignment_idx ON academy.assignment_submission (assignment_id, submitted_at);

-- A submission is graded once; the levels chosen are kept with their points as they were graded.
CREATE TABLE academy.assignment_grade (
    submission_id uuid          PRIMARY KEY REFERENCES academy.assignment_submission (id) ON DELETE CASCADE,
    total_points  integer       NOT NULL CHECK (total_points >= 0),
    max_points    integer       NOT NULL CHECK (max_points > 0),
    score_percent numeric(5, 2) NOT NULL CHECK (score_percent BETWEEN 0 AND 100),
    passed        boolean       NOT NULL,
    comment       text          CHECK (length(comment) <= 5000),
    graded_by     uuid          NOT NULL,
    graded_at     timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE academy.assignment_grade_criterion (
    submission_id uuid    NOT NULL REFERENCES academy.assignment_grade (submission_id) ON DELETE CASCADE,
    criterion_id  uuid    NOT NULL REFERENCES academy.rubric_criterion (id),
    level_id      uuid    NOT NULL REFERENCES academy.rubric_level (id),
    points        integer NOT NULL CHECK (points >= 0),
    comment       text    CHECK (length(comment) <= 2000),
    PRIMARY KEY (submission_id, criterion_id)
);
