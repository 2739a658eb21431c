-- Reference classifiers. Every row is keyed by its publisher's natural key so that the importer can
-- upsert; created_at/updated_at show when an import really changed a row (unchanged rows are not touched).

CREATE TABLE reference.region (
    code        varchar(8)  PRIMARY KEY CHECK (code ~ '^KZ-[0-9]{2}$'),
    kind        varchar(8)  NOT NULL CHECK (kind IN ('city', 'region')),
    name_kk     text        NOT NULL CHECK (name_kk <> ''),
    name_ru     text        NOT NULL CHECK (name_ru <> ''),
    name_en     text        NOT NULL CHECK (name_en <> ''),
    center_kk   text        NOT NULL,
    center_ru   text        NOT NULL,
    center_en   text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reference.field_of_education (
    code        char(2)     PRIMARY KEY CHECK (code ~ '^(0[1-9]|1[0-2])$'),
    name_kk     text        NOT NULL CHECK (name_kk <> ''),
    name_ru     text        NOT NULL CHECK (name_ru <> ''),
    name_en     text        NOT NULL CHECK (name_en <> ''),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reference.nqf_level (
    level          smallint    PRIMARY KEY CHECK (level BETWEEN 1 AND 8),
    name_kk        text        NOT NULL CHECK (name_kk <> ''),
    name_ru        text        NOT NULL CHECK (name_ru <> ''),
    name_en        text        NOT NULL CHECK (name_en <> ''),
    description_kk text        NOT NULL,
    description_ru text        NOT NULL,
    description_en text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- OKED follows NACE Rev.2; we keep sections (level 1, A-U) and divisions (level 2, two digits).
-- kk/ru names are nullable: NACE is published in English and translations are curated later.
CREATE TABLE reference.economic_activity (
    code        varchar(2)  PRIMARY KEY,
    level       smallint    NOT NULL CHECK (level IN (1, 2)),
    parent_code varchar(2)  REFERENCES reference.economic_activity (code) DEFERRABLE INITIALLY DEFERRED,
    name_kk     text,
    name_ru     text,
    name_en     text        NOT NULL CHECK (name_en <> ''),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT economic_activity_shape CHECK (
        (level = 1 AND parent_code IS NULL AND code ~ '^[A-U]$')
        OR (level = 2 AND parent_code ~ '^[A-U]$' AND code ~ '^[0-9]{2}$'))
);
CREATE INDEX economic_activity_parent_idx ON reference.economic_activity (parent_code);
CREATE INDEX economic_activity_level_idx ON reference.economic_activity (level, code);

-- ISCO-08 groups: major (1 digit) to unit groups (4 digits); the parent is the code without its last digit.
CREATE TABLE reference.isco_group (
    code           varchar(4)  PRIMARY KEY CHECK (code ~ '^[0-9]{1,4}$'),
    level          smallint    GENERATED ALWAYS AS (length(code)) STORED,
    uri            text        NOT NULL UNIQUE CHECK (uri LIKE 'http%'),
    parent_code    varchar(4)  REFERENCES reference.isco_group (code) DEFERRABLE INITIALLY DEFERRED,
    label_kk       text,
    label_ru       text,
    label_en       text        NOT NULL CHECK (label_en <> ''),
    description_en text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT isco_group_parent CHECK (
        (length(code) = 1 AND parent_code IS NULL)
        OR (length(code) > 1 AND parent_code = left(code, length(code) - 1)))
);
CREATE INDEX isco_group_parent_idx ON reference.isco_group (parent_code);

CREATE TABLE reference.occupation (
    uri            text        PRIMARY KEY CHECK (uri LIKE 'http%'),
    code           varchar(32) NOT NULL UNIQUE CHECK (code ~ '^[0-9]{4}(\.[0-9]+)+$'),
    isco_code      varchar(4)  NOT NULL REFERENCES reference.isco_group (code),
    label_kk       text,
    label_ru       text,
    label_en       text        NOT NULL CHECK (label_en <> ''),
    alt_labels     text,
    description_en text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX occupation_isco_idx ON reference.occupation (isco_code);
CREATE INDEX occupation_label_idx ON reference.occupation (lower(label_en));

-- One row per import that wrote a dataset; a later run with the same checksum is skipped.
CREATE TABLE reference.import_run (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dataset        varchar(32) NOT NULL
                   CHECK (dataset IN ('regions', 'fields', 'nqf', 'oked', 'isco', 'occupations')),
    version        text        NOT NULL,
    source         text        NOT NULL,
    checksum       char(64)    NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
    row_count      integer     NOT NULL CHECK (row_count >= 0),
    changed_count  integer     NOT NULL CHECK (changed_count >= 0),
    rejected_count integer     NOT NULL CHECK (rejected_count >= 0),
    imported_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_run_dataset_idx ON reference.import_run (dataset, imported_at DESC, id DESC);
