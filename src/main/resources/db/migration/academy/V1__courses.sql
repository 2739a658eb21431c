-- The Virtual STEAM & Entrepreneurship Academy: courses, their versions and content, the inclusion checklists,
-- enrollments and lesson progress. Owner, learner and organization ids are identity records, skill URIs skills: all
-- checked by the services through those modules' facades (no foreign keys across schemas).

-- A course is its identity and owner; everything a learner reads lives in a version. published_version_id points at
-- the version the catalog shows (null = never published: the course is invisible to everyone but its owner).
CREATE TABLE academy.course (
    id                   uuid        PRIMARY KEY,
    owner_id             uuid        NOT NULL,
    organization_id      uuid        NOT NULL,
    published_version_id uuid,
    created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX course_owner_idx ON academy.course (owner_id);
CREATE INDEX course_published_idx ON academy.course (published_version_id) WHERE published_version_id IS NOT NULL;

-- One version = one frozen edition of the course once PUBLISHED. The owner edits only the DRAFT (at most one per
-- course); editing a published course starts a new draft copied from it.
CREATE TABLE academy.course_version (
    id               uuid          PRIMARY KEY,
    course_id        uuid          NOT NULL REFERENCES academy.course (id),
    number           integer       NOT NULL CHECK (number >= 1),
    status           varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    title_kk         text,
    title_ru         text,
    title_en         text,
    summary_kk       text,
    summary_ru       text,
    summary_en       text,
    description_kk   text,
    description_ru   text,
    description_en   text,
    level            varchar(16)   NOT NULL CHECK (level IN ('INTRODUCTORY', 'INTERMEDIATE', 'ADVANCED')),
    hours            integer       NOT NULL CHECK (hours BETWEEN 1 AND 2000),
    ects             numeric(4, 1) NOT NULL CHECK (ects >= 0 AND ects <= 60),
    format           varchar(16)   NOT NULL CHECK (format IN ('SELF_PACED', 'COHORT', 'BLENDED')),
    delivery         varchar(16)   NOT NULL CHECK (delivery IN ('ONLINE', 'ON_SITE')),
    languages        varchar(2)[]  NOT NULL CHECK (cardinality(languages) >= 1 AND languages <@ ARRAY['kk', 'ru', 'en']::varchar(2)[]),
    tags             text[]        NOT NULL DEFAULT '{}',
    -- the marks as the checklist answers give them (recomputed by the service on every save of the answers)
    gender_inclusive boolean       NOT NULL DEFAULT false,
    climate_neutral  boolean       NOT NULL DEFAULT false,
    -- counted at publish, so progress needs no count of lessons on every page
    lesson_count     integer       NOT NULL DEFAULT 0,
    based_on         uuid          REFERENCES academy.course_version (id),
    created_by       uuid          NOT NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    published_at     timestamptz,
    published_by     uuid,
    CONSTRAINT course_version_number_unique UNIQUE (course_id, number),
    CONSTRAINT course_version_has_title CHECK (coalesce(title_kk, title_ru, title_en) IS NOT NULL),
    CONSTRAINT course_version_published_complete CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
);
CREATE UNIQUE INDEX course_version_one_draft ON academy.course_version (course_id) WHERE status = 'DRAFT';
CREATE INDEX course_version_tags_idx ON academy.course_version USING gin (tags);
ALTER TABLE academy.course ADD CONSTRAINT course_published_version_fk
    FOREIGN KEY (published_version_id) REFERENCES academy.course_version (id);

CREATE TABLE academy.course_module (
    id         uuid    PRIMARY KEY,
    version_id uuid    NOT NULL REFERENCES academy.course_version (id),
    position   integer NOT NULL,
    title_kk   text,
    title_ru   text,
    title_en   text,
    CONSTRAINT course_module_has_title CHECK (coalesce(title_kk, title_ru, title_en) IS NOT NULL)
);
CREATE INDEX course_module_version_idx ON academy.course_module (version_id, position);

-- lesson_key stays the same when a version is copied into the next, so progress follows a learner who moves to a
-- new version, and learning records (xAPI activity ids) name the same lesson across versions. The Markdown is kept
-- as written; the HTML is rendered and sanitised when the lesson is saved and again at publish, and served as stored.
CREATE TABLE academy.lesson (
    id           uuid    PRIMARY KEY,
    version_id   uuid    NOT NULL REFERENCES academy.course_version (id),
    module_id    uuid    NOT NULL REFERENCES academy.course_module (id),
    lesson_key   uuid    NOT NULL,
    position     integer NOT NULL,
    title_kk     text,
    title_ru     text,
    title_en     text,
    body_md_kk   text,
    body_md_ru   text,
    body_md_en   text,
    body_html_kk text,
    body_html_ru text,
    body_html_en text,
    -- the embed address made from an allow-listed video link (youtube-nocookie.com or player.vimeo.com), or null
    video_embed  text    CHECK (video_embed IS NULL OR video_embed ~ '^https://(www\.youtube-nocookie\.com/embed/[A-Za-z0-9_-]{11}|player\.vimeo\.com/video/[0-9]{1,12})$'),
    video_link   text,
    minutes      integer CHECK (minutes BETWEEN 1 AND 600),
    CONSTRAINT lesson_has_title CHECK (coalesce(title_kk, title_ru, title_en) IS NOT NULL),
    CONSTRAINT lesson_key_once_per_version UNIQUE (version_id, lesson_key)
);
CREATE INDEX lesson_module_idx ON academy.lesson (module_id, position);
CREATE INDEX lesson_version_idx ON academy.lesson (version_id);

-- Images and files of a lesson, in the database (no shared disk between nodes); the type comes from the bytes.
CREATE TABLE academy.lesson_attachment (
    id           uuid         PRIMARY KEY,
    lesson_id    uuid         NOT NULL REFERENCES academy.lesson (id),
    version_id   uuid         NOT NULL REFERENCES academy.course_version (id),
    kind         varchar(8)   NOT NULL CHECK (kind IN ('IMAGE', 'FILE')),
    file_name    varchar(200) NOT NULL,
    content_type varchar(120) NOT NULL,
    size_bytes   integer      NOT NULL CHECK (size_bytes > 0),
    content      bytea        NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT lesson_attachment_name_unique UNIQUE (lesson_id, file_name)
);
CREATE INDEX lesson_attachment_version_idx ON academy.lesson_attachment (version_id);

-- Learning outcomes, each mapped to one skill of the taxonomy; the skill's label is kept as it was when the outcome
-- was saved, so a published version shows what it was published with (and the page needs no lookup per outcome).
CREATE TABLE academy.course_outcome (
    id             uuid    PRIMARY KEY,
    version_id     uuid    NOT NULL REFERENCES academy.course_version (id),
    position       integer NOT NULL,
    text_kk        text,
    text_ru        text,
    text_en        text,
    skill_uri      text    NOT NULL,
    skill_label_kk text,
    skill_label_ru text,
    skill_label_en text,
    CONSTRAINT course_outcome_has_text CHECK (coalesce(text_kk, text_ru, text_en) IS NOT NULL)
);
CREATE INDEX course_outcome_version_idx ON academy.course_outcome (version_id, position);
CREATE INDEX course_outcome_skill_idx ON academy.course_outcome (skill_uri);

CREATE TABLE academy.course_prerequisite (
    version_id          uuid NOT NULL REFERENCES academy.course_version (id),
    prerequisite_course uuid NOT NULL REFERENCES academy.course (id),
    PRIMARY KEY (version_id, prerequisite_course)
);

-- The answers to the gender-inclusive and climate-neutral checklists (item codes in AcademyChecklist), per version.
CREATE TABLE academy.checklist_answer (
    version_id uuid        NOT NULL REFERENCES academy.course_version (id),
    item       varchar(40) NOT NULL,
    answer     boolean     NOT NULL,
    evidence   text,
    PRIMARY KEY (version_id, item)
);

-- One enrollment per learner and course; it keeps the version the learner follows until they finish or move.
CREATE TABLE academy.enrollment (
    id                uuid        PRIMARY KEY,
    course_id         uuid        NOT NULL REFERENCES academy.course (id),
    version_id        uuid        NOT NULL REFERENCES academy.course_version (id),
    learner_id        uuid        NOT NULL,
    enrolled_at       timestamptz NOT NULL DEFAULT now(),
    completed_lessons integer     NOT NULL DEFAULT 0 CHECK (completed_lessons >= 0),
    last_lesson_id    uuid        REFERENCES academy.lesson (id),
    last_opened_at    timestamptz,
    completed_at      timestamptz,
    CONSTRAINT enrollment_once UNIQUE (learner_id, course_id)
);
CREATE INDEX enrollment_course_idx ON academy.enrollment (course_id, enrolled_at);
CREATE INDEX enrollment_learner_idx ON academy.enrollment (learner_id, last_opened_at DESC NULLS LAST);

CREATE TABLE academy.lesson_progress (
    enrollment_id uuid        NOT NULL REFERENCES academy.enrollment (id) ON DELETE CASCADE,
    lesson_id     uuid        NOT NULL REFERENCES academy.lesson (id),
    completed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (enrollment_id, lesson_id)
);

-- A published version never changes, whoever asks: no UPDATE or DELETE of a published version row, and no INSERT,
-- UPDATE or DELETE of its modules, lessons, attachments, outcomes, prerequisites or checklist answers. Publishing
-- itself is the one UPDATE of a DRAFT row into PUBLISHED. DELETE only inside a transaction that first says
-- SET LOCAL edufusion.academy_purge = 'on' (an operator's erasure path; the application never does).
CREATE FUNCTION academy.version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        IF TG_OP = 'DELETE' AND coalesce(current_setting('edufusion.academy_purge', true), '') = 'on' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'course version % is published and cannot be changed', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER course_version_frozen BEFORE UPDATE OR DELETE ON academy.course_version
    FOR EACH ROW EXECUTE FUNCTION academy.version_frozen();

CREATE FUNCTION academy.version_content_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched uuid[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        touched := ARRAY[NEW.version_id];
    ELSIF TG_OP = 'DELETE' THEN
        IF coalesce(current_setting('edufusion.academy_purge', true), '') = 'on' THEN
            RETURN OLD;
        END IF;
        touched := ARRAY[OLD.version_id];
    ELSE
        touched := ARRAY[OLD.version_id, NEW.version_id];
    END IF;
    IF EXISTS (SELECT 1 FROM academy.course_version v WHERE v.id = ANY (touched) AND v.status = 'PUBLISHED') THEN
        RAISE EXCEPTION 'the content of a published course version cannot be changed (table %)', TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER course_module_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.course_module
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();
CREATE TRIGGER lesson_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.lesson
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();
CREATE TRIGGER lesson_attachment_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.lesson_attachment
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();
CREATE TRIGGER course_outcome_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.course_outcome
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();
CREATE TRIGGER course_prerequisite_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.course_prerequisite
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();
CREATE TRIGGER checklist_answer_frozen BEFORE INSERT OR UPDATE OR DELETE ON academy.checklist_answer
    FOR EACH ROW EXECUTE FUNCTION academy.version_content_frozen();
