-- Saved column mappings: how administrators describe somebody else's CSV layout so that the importer can read it.
-- columns maps a field name of kz.edufusion.labormarket.imports.MappedField to the header that holds it.
CREATE TABLE labormarket.column_mapping (
    id           bigserial    PRIMARY KEY,
    name         varchar(100) NOT NULL CHECK (btrim(name) <> ''),
    source       varchar(32)  NOT NULL CHECK (source ~ '^[a-z0-9][a-z0-9_-]*$'),
    delimiter    varchar(1)   NOT NULL CHECK (length(delimiter) = 1),
    -- 'auto' (UTF-8, else windows-1251) or a Java charset name
    encoding     varchar(40)  NOT NULL CHECK (btrim(encoding) <> ''),
    columns      jsonb        NOT NULL CHECK (jsonb_typeof(columns) = 'object'),
    -- a java.time.format.DateTimeFormatter pattern; null for ISO-8601
    date_format  varchar(60),
    created_by   uuid,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX column_mapping_name_unique ON labormarket.column_mapping (lower(name));

-- An administrator's decision that an employer name (by its key, see EmployerNames) is a platform organization.
-- Without a row the link is found automatically from the organizations' names.
CREATE TABLE labormarket.employer_link (
    employer_key    text        PRIMARY KEY CHECK (btrim(employer_key) <> ''),
    organization_id uuid        NOT NULL,
    linked_by       uuid,
    linked_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employer_link_organization_idx ON labormarket.employer_link (organization_id);
