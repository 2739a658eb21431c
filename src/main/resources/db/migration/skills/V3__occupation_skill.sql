-- ESCO's occupation-skill relations (occupationSkillRelations_en.csv): which skills an occupation needs,
-- essential or optional. Occupations belong to the reference module, so occupation_uri is checked by the
-- importer against the reference facade, not by a foreign key across schemas; the skill must exist here.
CREATE TABLE skills.occupation_skill (
    occupation_uri text        NOT NULL CHECK (occupation_uri ~ '^https?://'),
    skill_uri      text        NOT NULL REFERENCES skills.skill (uri),
    relation       varchar(16) NOT NULL CHECK (relation IN ('essential', 'optional')),
    skill_type     varchar(16) CHECK (skill_type IN ('skill', 'knowledge')),
    esco_version   varchar(32),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (occupation_uri, skill_uri)
);
-- "which occupations require this skill" and the counts on the admin page
CREATE INDEX occupation_skill_skill_idx ON skills.occupation_skill (skill_uri, relation);
