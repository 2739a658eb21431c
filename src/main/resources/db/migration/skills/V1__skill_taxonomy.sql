-- Skill taxonomy: ESCO skills keyed by their URI (so imports upsert), custom skills ESCO lacks, labels in
-- kk/ru/en with their kind and origin, ESCO skill groups and hierarchy, skill-skill relations, collection
-- membership and the record of every import. created_at/updated_at show when an import really changed a row.

CREATE TABLE skills.skill (
    uri             text        PRIMARY KEY CHECK (uri ~ '^https?://'),
    source          varchar(8)  NOT NULL CHECK (source IN ('ESCO', 'CUSTOM')),
    esco            boolean     GENERATED ALWAYS AS (source = 'ESCO') STORED,
    type            varchar(16) CHECK (type IN ('skill', 'knowledge', 'transversal', 'language')),
    reuse_level     varchar(32),
    status          varchar(16),
    description_en  text,
    broader_uri     text        CHECK (broader_uri ~ '^https?://'),
    esco_version    varchar(32),
    merged_into_uri text        REFERENCES skills.skill (uri),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT skill_not_merged_into_itself CHECK (merged_into_uri IS NULL OR merged_into_uri <> uri)
);
CREATE INDEX skill_broader_idx ON skills.skill (broader_uri);
CREATE INDEX skill_merged_into_idx ON skills.skill (merged_into_uri) WHERE merged_into_uri IS NOT NULL;
CREATE INDEX skill_source_idx ON skills.skill (source);

CREATE TABLE skills.skill_label (
    id          bigserial   PRIMARY KEY,
    skill_uri   text        NOT NULL REFERENCES skills.skill (uri),
    language    varchar(2)  NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
    text        text        NOT NULL CHECK (btrim(text) <> '' AND length(text) <= 500),
    kind        varchar(16) NOT NULL CHECK (kind IN ('PREFERRED', 'ALT', 'HIDDEN', 'SYNONYM')),
    origin      varchar(8)  NOT NULL CHECK (origin IN ('ESCO', 'CURATED', 'ADMIN')),
    normalized  text        GENERATED ALWAYS AS (lower(text)) STORED,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT skill_label_unique UNIQUE (skill_uri, language, normalized)
);
-- exact and prefix search (LIKE 'abc%' with text_pattern_ops); "contains" scans the normalized column
CREATE INDEX skill_label_normalized_idx ON skills.skill_label (normalized text_pattern_ops);
CREATE INDEX skill_label_language_idx ON skills.skill_label (language, kind);

CREATE TABLE skills.skill_group (
    uri             text        PRIMARY KEY CHECK (uri ~ '^https?://'),
    code            varchar(32),
    preferred_label text        NOT NULL CHECK (preferred_label <> ''),
    alt_labels      text,
    description     text,
    status          varchar(16),
    esco_version    varchar(32),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX skill_group_code_idx ON skills.skill_group (code);

-- The skills-pillar hierarchy: each edge from a concept to its narrower concept at level 1..3.
CREATE TABLE skills.skill_hierarchy (
    parent_uri  text        NOT NULL CHECK (parent_uri ~ '^https?://'),
    child_uri   text        NOT NULL CHECK (child_uri ~ '^https?://'),
    level       smallint    NOT NULL CHECK (level BETWEEN 1 AND 3),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (parent_uri, child_uri),
    CONSTRAINT skill_hierarchy_no_loop CHECK (parent_uri <> child_uri)
);
CREATE INDEX skill_hierarchy_child_idx ON skills.skill_hierarchy (child_uri);

-- Relations may name skills that are not imported yet (the bundled collections are a subset of ESCO),
-- so the URIs are not foreign keys; readers join what exists.
CREATE TABLE skills.skill_relation (
    from_uri      text        NOT NULL CHECK (from_uri ~ '^https?://'),
    to_uri        text        NOT NULL CHECK (to_uri ~ '^https?://'),
    relation_type varchar(16) NOT NULL CHECK (relation_type IN ('essential', 'optional')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (from_uri, to_uri)
);
CREATE INDEX skill_relation_to_idx ON skills.skill_relation (to_uri);

CREATE TABLE skills.skill_collection_member (
    collection  varchar(16) NOT NULL CHECK (collection IN ('digital', 'green', 'transversal', 'language', 'research', 'digcomp')),
    skill_uri   text        NOT NULL REFERENCES skills.skill (uri),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (collection, skill_uri)
);
CREATE INDEX skill_collection_member_skill_idx ON skills.skill_collection_member (skill_uri);

CREATE TABLE skills.skill_import_run (
    id             bigserial   PRIMARY KEY,
    dataset        varchar(32) NOT NULL,
    file           text        NOT NULL,
    version        varchar(32),
    source         text        NOT NULL,
    checksum       char(64)    NOT NULL,
    row_count      integer     NOT NULL CHECK (row_count >= 0),
    changed_count  integer     NOT NULL CHECK (changed_count >= 0),
    rejected_count integer     NOT NULL CHECK (rejected_count >= 0),
    rejected       text,
    millis         bigint      NOT NULL,
    imported_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX skill_import_run_dataset_idx ON skills.skill_import_run (dataset, imported_at DESC);
