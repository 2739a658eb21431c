-- Where a placement stands, read by every part of the module (agreements, supervision, evaluation, dashboards):
-- AGREEMENT until the tripartite agreement is signed by all three parties, ACTIVE while the student works there,
-- then COMPLETED (final evaluation at or above the minimum score) or INCOMPLETE (below it), or TERMINATED early
-- with a reason. Only placements.domain.PlacementLifecycle changes it.
ALTER TABLE placements.placement
    ADD COLUMN status            varchar(16) NOT NULL DEFAULT 'AGREEMENT'
        CHECK (status IN ('AGREEMENT', 'ACTIVE', 'COMPLETED', 'INCOMPLETE', 'TERMINATED')),
    ADD COLUMN status_reason     text,
    ADD COLUMN status_changed_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX placement_student_idx ON placements.placement (student_id, starts_on);
CREATE INDEX placement_tutor_idx ON placements.placement (tutor_id) WHERE tutor_id IS NOT NULL;
CREATE INDEX placement_mentor_idx ON placements.placement (mentor_id) WHERE mentor_id IS NOT NULL;
