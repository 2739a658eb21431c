-- Quizzes of a course version (decision 0020): a quiz belongs to a module, its questions, options and accepted
-- answers carry the version's id so academy.version_content_frozen() freezes them with the version. Attempts and
-- their answers belong to an enrollment and stay writable after publishing.

-- How a learner completes a version: every lesson (COMPLETED), every quiz passed (PASSED), or both (BOTH). The draft's
-- owner chooses; it freezes with the version row. quiz_count is counted at publish, like lesson_count.
ALTER TABLE academy.course_version
    ADD COLUMN completion_rule varchar(16) NOT NULL DEFAULT 'COMPLETED' CHECK (completion_rule IN ('COMPLETED', 'PASSED', 'BOTH')),
    ADD COLUMN quiz_count integer NOT NULL DEFAULT 0;

-- quiz_key stays the same when a version is copied into the next (the xAPI activity id; passes follow a learner who
-- moves to a newer version by it).
CREATE TABLE academy.quiz (
    id                 uuid    PRIMARY KEY,
    version_id         uuid    NOT NULL REFERENCES academy.course_version (id),
    module_id          uuid    NOT NULL REFERENCES academy.course_module (id),
    quiz_key           uuid    NOT NULL,
    position           integer NOT NULL,
    title_kk           text,
    title_ru           text,
    title_en           text,
    pass_percent       integer NOT NULL CHECK (pass_percent BETWEEN 0 AND 100),
    max_attempts       integer NOT NULL CHECK (max_attempts BETWEEN 1 AND 100),
    time_limit_minutes integer CHECK (time_limit_minutes BETWEEN 1 AND 600),
    draw_count         integer NOT NULL CHECK (draw_count >= 1),
    CONSTRAINT quiz_has_title CHECK (coalesce(title_kk, title_ru, title_en) IS NOT NULL),
    CONSTRAINT quiz_key_once_per_version UNIQUE (version_id, quiz_key)
);
CREATE INDEX quiz_module_idx ON academy.quiz (module_id, position);
CREATE INDEX quiz_version_idx ON academy.quiz (version_id);

CREATE TABLE academy.quiz_question (
    id           uuid           PRIMARY KEY,
    version_id   uuid           NOT NULL REFERENCES academy.course_version (id),
    quiz_id      uuid           NOT NULL REFERENCES academy.quiz (id) ON DELETE CASCADE,
    question_key uuid           NOT NULL,
    position     integer        NOT NULL,
    kind         varchar(16)    NOT NULL CHECK (kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMERIC', 'SHORT_TEXT')),
    text_kk      text,
    text_ru      text,
    text_en      text,
    points       integer        NOT NULL CHECK (points BETWEEN 1 AND 100),
    expected     numeric(30, 10),
    tolerance    numeric(30, 10) NOT NULL DEFAULT 0 CHECK (tolerance >= 0),
    CONSTRAINT quiz_question_has_text CHECK (coalesce(text_kk, text_ru, text_en) IS NOT NULL),
    CONSTRAINT quiz_question_numeric_expected CHECK (kind <> 'NUMERIC' OR expected IS NOT NULL),
    CONSTRAINT question_key_once_per_version UNIQUE (version_id, question_key)
);
CREATE INDEX quiz_question_quiz_idx ON academy.quiz_question (quiz_id, position);
CREATE INDEX quiz_question_version_idx ON academy.quiz_question (version_id);

CREATE TABLE academy.quiz_option (
    id          uuid    PRIMARY KEY,
    version_id  uuid    NOT NULL REFERENCES academy.course_version (id),
    question_id uuid    NOT NULL REFERENCES academy.quiz_question (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    text_kk     text,
    text_ru     text,
    text_en     text,
    correct     boolean NOT NULL,
    CONSTRAINT quiz_option_has_text CHECK (coalesce(text_kk, text_ru, text_en) IS NOT NULL)
);
CREATE INDEX quiz_option_question_idx ON academy.quiz_option (question_id, position);
CREATE INDEX quiz_option_version_idx ON academy.quiz_option (version_id);

CREATE TABLE academy.quiz_accepted_answer (
    id          uuid    PRIMARY KEY,
    version_id  uuid    NOT NULL REFERENCES academy.course_version (id),
    question_id uuid    NOT NULL REFERENCES academy.quiz_question (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    answer      text    NOT NULL
);
CREATE INDEX quiz_accepted_answer_question_idx ON academy.quiz_accepted_answer (question_id, position);
CREATE INDEX quiz_accepted_answer_version_idx ON academy.quiz_accepted_answer (version_id);

CREATE TRIGGER quiz_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.quiz
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();
CREATE TRIGGER quiz_question_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.quiz_question
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();
CREATE TRIGGER quiz_option_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.quiz_option
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();
CREATE TRIGGER quiz_accepted_answer_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.quiz_accepted_answer
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();

-- One attempt of a learner at a quiz: the seed and the drawn question ids (in the order shown) are stored, so a
-- reload shows the same questions. number is 1.. per enrollment and quiz; the unique key and the enrollment's row
-- lock keep two starts at once from exceeding the attempts allowed. submitted_at is set once (WHERE submitted_at IS
-- NULL), so two submits at once grade the attempt once.
CREATE TABLE academy.quiz_attempt (
    id            uuid          PRIMARY KEY,
    enrollment_id uuid          NOT NULL REFERENCES academy.enrollment (id) ON DELETE CASCADE,
    quiz_id       uuid          NOT NULL REFERENCES academy.quiz (id),
    number        integer       NOT NULL CHECK (number >= 1),
    seed          bigint        NOT NULL,
    drawn         uuid[]        NOT NULL,
    started_at    timestamptz   NOT NULL,
    deadline      timestamptz,
    submitted_at  timestamptz,
    score         numeric(5, 2),
    passed        boolean,
    CONSTRAINT quiz_attempt_number_once UNIQUE (enrollment_id, quiz_id, number),
    CONSTRAINT quiz_attempt_graded CHECK ((submitted_at IS NULL) = (score IS NULL) AND (score IS NULL) = (passed IS NULL))
);
CREATE INDEX quiz_attempt_quiz_idx ON academy.quiz_attempt (quiz_id);

CREATE TABLE academy.quiz_attempt_answer (
    attempt_id  uuid         NOT NULL REFERENCES academy.quiz_attempt (id) ON DELETE CASCADE,
    question_id uuid         NOT NULL REFERENCES academy.quiz_question (id),
    chosen      uuid[]       NOT NULL DEFAULT '{}',
    answer_text text,
    points      numeric(8, 4) NOT NULL,
    max_points  integer      NOT NULL,
    correct     boolean      NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);
