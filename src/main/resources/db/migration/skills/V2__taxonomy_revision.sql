-- A counter that every change of the taxonomy's terms bumps in its own transaction (administrators' edits,
-- merges, custom skills, and each import that really wrote something). Every node compares it with the
-- revision its extraction dictionary was built from and rebuilds when it moved: one primary-key read.
CREATE TABLE skills.taxonomy_revision (
    id         smallint    PRIMARY KEY CHECK (id = 1),
    revision   bigint      NOT NULL CHECK (revision >= 0),
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO skills.taxonomy_revision (id, revision) VALUES (1, 0);
