-- The gap analysis of each university, region and field of education from the latest national recompute:
-- intake-weighted mean of its programs' scores, the group's own coverage score and its top missing skills
-- (engine GroupGap as JSON). group_key: the university id, the region code or the two-digit field code.
CREATE TABLE alignment.group_gap (
    kind        varchar(16) NOT NULL CHECK (kind IN ('UNIVERSITY', 'REGION', 'FIELD')),
    group_key   varchar(64) NOT NULL,
    run_id      bigint      NOT NULL REFERENCES alignment.alignment_run (id),
    programs    integer     NOT NULL CHECK (programs >= 0),
    mean_score  numeric(5, 2) CHECK (mean_score BETWEEN 0 AND 100),
    detail      jsonb       NOT NULL,
    computed_at timestamptz NOT NULL,
    PRIMARY KEY (kind, group_key)
);
