-- Each program's full gap analysis from the latest recompute that reached it (national run or its own
-- recompute), as the gap page and the API show it in one indexed read: the engine's ProgramGap as JSON (ranked
-- missing skills with their evidence, covered skills, taught skills barely asked for, recommendations, and the
-- targets, sectors, region, reference month and growth period the evidence links are built from).
-- Written in the same transaction as alignment.program_score; program_id comes from the programs module.
CREATE TABLE alignment.program_gap (
    program_id  uuid        PRIMARY KEY,
    run_id      bigint      NOT NULL REFERENCES alignment.alignment_run (id),
    status      varchar(16) NOT NULL CHECK (status IN ('SCORED', 'NO_TARGETS', 'NO_DEMAND')),
    detail      jsonb       NOT NULL,
    computed_at timestamptz NOT NULL
);
CREATE INDEX program_gap_run_idx ON alignment.program_gap (run_id);
