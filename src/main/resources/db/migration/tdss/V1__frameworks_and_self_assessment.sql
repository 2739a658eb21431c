-- Competence frameworks (DigCompEdu, the EduFusion educator framework, later the national standard) as data.
-- Items keep their identifiers (CASE CFItem identifiers) so an export imported elsewhere stays the same item.
CREATE TABLE framework (
    id          uuid PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    title_kk    text NOT NULL,
    title_ru    text NOT NULL,
    title_en    text NOT NULL,
    description_kk text NOT NULL DEFAULT '',
    description_ru text NOT NULL DEFAULT '',
    description_en text NOT NULL DEFAULT '',
    updated_at  timestamptz NOT NULL
);

-- AREA, COMPETENCE or LEVEL; a competence is a child of an area, areas and levels hang off the framework.
CREATE TABLE item (
    id             uuid PRIMARY KEY,
    framework_id   uuid NOT NULL REFERENCES framework (id),
    code           text NOT NULL,
    parent_code    text,
    type           text NOT NULL CHECK (type IN ('AREA', 'COMPETENCE', 'LEVEL')),
    position       int  NOT NULL,
    title_kk       text NOT NULL,
    title_ru       text NOT NULL,
    title_en       text NOT NULL,
    description_kk text NOT NULL DEFAULT '',
    description_ru text NOT NULL DEFAULT '',
    description_en text NOT NULL DEFAULT '',
    UNIQUE (framework_id, code)
);

-- The level a role is expected to reach per competence (e.g. B2 everywhere for educators in DigCompEdu).
CREATE TABLE target_level (
    framework_id uuid NOT NULL REFERENCES framework (id),
    role         text NOT NULL,
    item_id      uuid NOT NULL REFERENCES item (id),
    level_code   text NOT NULL,
    PRIMARY KEY (framework_id, role, item_id)
);

-- One self-assessment per educator, framework and institution; rerating replaces its ratings.
CREATE TABLE self_assessment (
    id              uuid PRIMARY KEY,
    person_id       uuid NOT NULL,
    organization_id uuid NOT NULL,
    framework_id    uuid NOT NULL REFERENCES framework (id),
    updated_at      timestamptz NOT NULL,
    UNIQUE (person_id, framework_id, organization_id)
);

CREATE TABLE self_rating (
    assessment_id uuid NOT NULL REFERENCES self_assessment (id) ON DELETE CASCADE,
    item_id       uuid NOT NULL REFERENCES item (id),
    level_rank    int  NOT NULL CHECK (level_rank BETWEEN 1 AND 6),
    PRIMARY KEY (assessment_id, item_id)
);

CREATE INDEX self_assessment_org ON self_assessment (organization_id, framework_id);
