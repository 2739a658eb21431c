-- The register read and the discipline catalog go from an outcome's skill links to the disciplines serving that
-- outcome; the primary key (discipline_id, outcome_id) cannot serve a lookup by outcome.
CREATE INDEX discipline_outcome_outcome_idx ON programs.discipline_outcome (outcome_id);
