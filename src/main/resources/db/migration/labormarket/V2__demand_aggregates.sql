-- Demand aggregates: counts of vacancies (duplicates left out) per skill, region, NACE section and publication
-- month, rebuilt as a whole by one transaction (readers keep seeing the previous build until it commits).
--
-- Sentinels, so that the primary keys work and every query names exactly one grain:
--   region_code / nace_section = ''  the vacancy had none (city not placed, section not classified)
--   region_code / nace_section = '*' all of them (a rollup row)
-- Counts of several months add up; medians do not. The rollup rows ('*') make the median of one month exact for
-- "all regions" and/or "all sections"; medians over several months are computed from demand_salary below.

CREATE TABLE labormarket.demand_aggregate (
    month             date         NOT NULL,
    skill_uri         text         NOT NULL,
    region_code       varchar(8)   NOT NULL,
    nace_section      varchar(1)   NOT NULL,
    vacancies         integer      NOT NULL CHECK (vacancies > 0),
    with_salary       integer      NOT NULL CHECK (with_salary >= 0 AND with_salary <= vacancies),
    median_salary_kzt numeric(16, 2),
    PRIMARY KEY (region_code, nace_section, month, skill_uri)
);
-- a skill's profile reads one skill across months and regions
CREATE INDEX demand_aggregate_skill_idx ON labormarket.demand_aggregate (skill_uri, month);

-- The denominators: all vacancies (with or without skills) of a month, region and section, same sentinels.
CREATE TABLE labormarket.demand_total (
    month             date         NOT NULL,
    region_code       varchar(8)   NOT NULL,
    nace_section      varchar(1)   NOT NULL,
    vacancies         integer      NOT NULL CHECK (vacancies > 0),
    with_salary       integer      NOT NULL CHECK (with_salary >= 0 AND with_salary <= vacancies),
    median_salary_kzt numeric(16, 2),
    PRIMARY KEY (region_code, nace_section, month)
);

-- The salaries behind the medians of periods longer than a month: one row per (vacancy with a salary, skill),
-- sorted by skill and month so that a skill's period is one short index range instead of a join of vacancies.
-- skill_uri '' stands for "any skill" (every vacancy with a salary once), for the median of all vacancies.
CREATE TABLE labormarket.demand_salary (
    skill_uri    text           NOT NULL,
    month        date           NOT NULL,
    region_code  varchar(8)     NOT NULL,
    nace_section varchar(1)     NOT NULL,
    salary_kzt   numeric(16, 2) NOT NULL
);
CREATE INDEX demand_salary_skill_idx ON labormarket.demand_salary (skill_uri, month) INCLUDE (region_code, nace_section, salary_kzt);

-- One row per refresh, for the admin's "last refreshed" line and for the benchmark's figures.
CREATE TABLE labormarket.aggregate_refresh (
    id              bigserial    PRIMARY KEY,
    trigger         varchar(16)  NOT NULL CHECK (trigger IN ('IMPORT', 'SCHEDULE', 'ADMIN')),
    started_at      timestamptz  NOT NULL,
    finished_at     timestamptz  NOT NULL,
    vacancies       integer      NOT NULL,
    aggregate_rows  integer      NOT NULL,
    total_rows      integer      NOT NULL,
    salary_rows     integer      NOT NULL,
    duration_ms     bigint       NOT NULL
);
CREATE INDEX aggregate_refresh_finished_idx ON labormarket.aggregate_refresh (finished_at DESC);

-- Full text search and its filters skip duplicates; the month filter of the raw queries (employers, related
-- skills) reads vacancies of one skill by id, which vacancy_skill_skill_idx already gives.
CREATE INDEX vacancy_original_published_idx ON labormarket.vacancy (published_at DESC, id DESC) WHERE duplicate_of IS NULL;
