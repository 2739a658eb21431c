-- Vacancies: the demand signals the platform reads. A vacancy is keyed by its source and the source's own id
-- (so a re-import updates instead of duplicating); near-identical re-posts point at the first copy through
-- duplicate_of and are left out of every aggregate. Texts are stored as plain text (HTML stripped).

CREATE TABLE labormarket.vacancy (
    id               bigserial    PRIMARY KEY,
    source           varchar(32)  NOT NULL CHECK (source ~ '^[a-z0-9][a-z0-9_-]*$'),
    source_id        text         NOT NULL CHECK (btrim(source_id) <> '' AND length(source_id) <= 200),
    title            text         NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 1000),
    description      text         NOT NULL DEFAULT '',
    language         varchar(2)   CHECK (language IN ('kk', 'ru', 'en')),
    city             text,
    -- ISO 3166-2:KZ code of one of the 20 regions; null when the city could not be placed
    region_code      varchar(8),
    salary_from      numeric(16, 2) CHECK (salary_from >= 0),
    salary_to        numeric(16, 2) CHECK (salary_to >= 0),
    salary_currency  varchar(3)   CHECK (salary_currency ~ '^[A-Z]{3}$'),
    salary_gross     boolean,
    -- the middle of the range (or its one bound) in KZT per month, at the configured rates; null without a salary
    salary_kzt_month numeric(16, 2) CHECK (salary_kzt_month >= 0),
    experience       text,
    schedule         text,
    employment       text,
    employer_name    text,
    -- employer name without legal forms, quotes and punctuation, lower case: the key for organization links
    employer_key     text,
    organization_id  uuid,
    nace_section     varchar(1)   CHECK (nace_section ~ '^[A-U]$'),
    occupation_uri   text         CHECK (occupation_uri ~ '^https?://'),
    isco_code        varchar(4)   CHECK (isco_code ~ '^[0-9]{1,4}$'),
    -- the employer's own skill tags (hh key_skills)
    tags             text[]       NOT NULL DEFAULT '{}',
    url              text,
    published_at     timestamptz  NOT NULL,
    -- first day of the publication month in Kazakhstan time, set by the importer (aggregates group by it)
    published_month  date         NOT NULL,
    -- 64-bit SimHash of the normalized title and text, for near-duplicate detection
    text_hash        bigint       NOT NULL,
    duplicate_of     bigint       REFERENCES labormarket.vacancy (id),
    import_run_id    bigint,
    -- hash of every stored value (normalized fields and skills): a re-import of an unchanged row writes nothing
    content_hash     bigint,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    -- full text in the three languages: Russian stemming ('russian' stems Cyrillic words with the Russian and ASCII
    -- words with the English Snowball stemmer, so a separate 'english' vector would repeat its lexemes) and every
    -- word as written ('simple': Kazakh and anything else). Null for a duplicate: search never shows one, and the
    -- vectors are most of an insert's cost (docs/benchmarks.md, "Vacancy import").
    search           tsvector     GENERATED ALWAYS AS (CASE WHEN duplicate_of IS NULL THEN
        setweight(to_tsvector('russian', title), 'A') || setweight(to_tsvector('simple', title), 'A')
        || setweight(to_tsvector('russian', left(description, 60000)), 'B')
        || setweight(to_tsvector('simple', left(description, 60000)), 'C') END) STORED,
    CONSTRAINT vacancy_source_unique UNIQUE (source, source_id),
    CONSTRAINT vacancy_not_duplicate_of_itself CHECK (duplicate_of IS NULL OR duplicate_of <> id),
    CONSTRAINT vacancy_salary_range CHECK (salary_from IS NULL OR salary_to IS NULL OR salary_from <= salary_to)
);
CREATE INDEX vacancy_search_idx ON labormarket.vacancy USING gin (search);
CREATE INDEX vacancy_month_idx ON labormarket.vacancy (published_month, region_code, nace_section);
CREATE INDEX vacancy_region_idx ON labormarket.vacancy (region_code);
CREATE INDEX vacancy_employer_key_idx ON labormarket.vacancy (employer_key);
CREATE INDEX vacancy_organization_idx ON labormarket.vacancy (organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX vacancy_duplicate_idx ON labormarket.vacancy (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX vacancy_published_idx ON labormarket.vacancy (published_at DESC);
-- near-duplicate search: 64-bit hashes at most 6 bits apart (SimHash.NEAR_DUPLICATE_BITS) agree exactly on at
-- least one of seven bands (pigeonhole), so candidates are found by equality on (employer, band) instead of comparing
-- every vacancy of the employer; NearDuplicates uses the same expressions
CREATE INDEX vacancy_band0_idx ON labormarket.vacancy (employer_key, (text_hash & 511)) WHERE duplicate_of IS NULL;
CREATE INDEX vacancy_band1_idx ON labormarket.vacancy (employer_key, ((text_hash >> 9) & 511)) WHERE duplicate_of IS NULL;
CREATE INDEX vacancy_band2_idx ON labormarket.vacancy (employer_key, ((text_hash >> 18) & 511)) WHERE duplicate_of IS NULL;
CREATE INDEX vacancy_band3_idx ON labormarket.vacancy (employer_key, ((text_hash >> 27) & 511)) WHERE duplicate_of IS NULL;
CREATE INDEX vacancy_band4_idx ON labormarket.vacancy (employer_key, ((text_hash >> 36) & 511)) WHERE duplicate_of IS NULL;
CREATE INDEX vacancy_band5_idx ON labormarket.vacancy (employer_key, ((text_hash >> 45) & 511)) WHERE duplicate_of IS NULL;
CREATE INDEX vacancy_band6_idx ON labormarket.vacancy (employer_key, ((text_hash >> 54) & 1023)) WHERE duplicate_of IS NULL;

-- Skills the extraction engine found in a vacancy (text, employer tags or both), with the engine's score.
CREATE TABLE labormarket.vacancy_skill (
    vacancy_id  bigint      NOT NULL REFERENCES labormarket.vacancy (id) ON DELETE CASCADE,
    skill_uri   text        NOT NULL CHECK (skill_uri ~ '^https?://'),
    score       real        NOT NULL CHECK (score >= 0 AND score <= 1),
    origin      varchar(8)  NOT NULL CHECK (origin IN ('TEXT', 'TAG', 'BOTH')),
    PRIMARY KEY (vacancy_id, skill_uri)
);
CREATE INDEX vacancy_skill_skill_idx ON labormarket.vacancy_skill (skill_uri, vacancy_id);

-- One import of a vacancy file: what was read, how far it got (written once a second, so any node can show
-- progress), and how it ended. A RUNNING run whose heartbeat is older than two minutes lost its node.
CREATE TABLE labormarket.import_run (
    id              bigserial    PRIMARY KEY,
    source          varchar(32)  NOT NULL,
    format          varchar(16)  NOT NULL CHECK (format IN ('hh-csv', 'hh-json', 'mapped')),
    mapping         text,
    file_name       text         NOT NULL,
    file_size       bigint       NOT NULL CHECK (file_size >= 0),
    checksum        varchar(64),
    encoding        varchar(32),
    status          varchar(12)  NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    started_by      text,
    started_at      timestamptz  NOT NULL DEFAULT now(),
    heartbeat_at    timestamptz  NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    bytes_read      bigint       NOT NULL DEFAULT 0,
    rows_read       bigint       NOT NULL DEFAULT 0,
    rows_imported   bigint       NOT NULL DEFAULT 0,
    rows_updated    bigint       NOT NULL DEFAULT 0,
    rows_unchanged  bigint       NOT NULL DEFAULT 0,
    rows_duplicate  bigint       NOT NULL DEFAULT 0,
    rows_rejected   bigint       NOT NULL DEFAULT 0,
    error           text
);
CREATE INDEX import_run_started_idx ON labormarket.import_run (started_at DESC);
CREATE INDEX import_run_checksum_idx ON labormarket.import_run (checksum) WHERE status = 'COMPLETED';

-- Every row an import rejected, with its line (CSV) or position (JSON) and the reason.
CREATE TABLE labormarket.import_rejection (
    id          bigserial PRIMARY KEY,
    run_id      bigint    NOT NULL REFERENCES labormarket.import_run (id) ON DELETE CASCADE,
    row_number  bigint    NOT NULL,
    source_id   text,
    reason      text      NOT NULL
);
CREATE INDEX import_rejection_run_idx ON labormarket.import_rejection (run_id, row_number);
