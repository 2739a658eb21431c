-- The quarterly employer survey: one answer per company per quarter (a draft until submitted, editable by the
-- company's representatives until the quarter ends), naming the skills the company needs in the next 1-3 years
-- (ESCO or custom skill URIs from the taxonomy, importance 1-5) and the hires it expects by occupation and region.
-- Only SUBMITTED answers count in the results; the results never show a cell that fewer than 3 companies make up.

CREATE TABLE labormarket.survey_response (
    id              bigserial    PRIMARY KEY,
    quarter         varchar(7)   NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    -- a COMPANY organization (identity module); checked by the service, no cross-schema foreign key
    organization_id uuid         NOT NULL,
    -- the representative who saved the answer last; null for answers the platform loaded itself (demo data)
    respondent_id   uuid,
    status          varchar(9)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
    comment         text         CHECK (length(comment) <= 2000),
    submitted_at    timestamptz,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT survey_response_one_per_company UNIQUE (quarter, organization_id),
    CONSTRAINT survey_response_submitted_at CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
);
CREATE INDEX survey_response_quarter_idx ON labormarket.survey_response (quarter, status);

CREATE TABLE labormarket.survey_skill_need (
    response_id    bigint    NOT NULL REFERENCES labormarket.survey_response (id) ON DELETE CASCADE,
    skill_uri      text      NOT NULL CHECK (skill_uri ~ '^https?://'),
    importance     smallint  NOT NULL CHECK (importance BETWEEN 1 AND 5),
    horizon_years  smallint  NOT NULL CHECK (horizon_years BETWEEN 1 AND 3),
    PRIMARY KEY (response_id, skill_uri)
);
CREATE INDEX survey_skill_need_skill_idx ON labormarket.survey_skill_need (skill_uri);

CREATE TABLE labormarket.survey_hiring (
    id              bigserial  PRIMARY KEY,
    response_id     bigint     NOT NULL REFERENCES labormarket.survey_response (id) ON DELETE CASCADE,
    -- an ESCO occupation URI (reference module)
    occupation_uri  text       NOT NULL CHECK (occupation_uri ~ '^https?://'),
    -- ISO 3166-2:KZ code of one of the 20 regions (reference module)
    region_code     varchar(8) NOT NULL,
    expected_hires  integer    NOT NULL CHECK (expected_hires BETWEEN 1 AND 10000),
    horizon_years   smallint   NOT NULL CHECK (horizon_years BETWEEN 1 AND 3),
    CONSTRAINT survey_hiring_unique UNIQUE (response_id, occupation_uri, region_code, horizon_years)
);
