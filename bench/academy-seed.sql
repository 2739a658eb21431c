-- Seeds the academy for the load test (bench/academy-load.sh): :enrollments learners, each a person with a student
-- membership at a university of the demo data, enrolled in one of the published courses, with about half of their
-- version's lessons complete and a last-opened lesson; plus :users named bench learners enrolled in every published
-- course, who log in and drive the load. Every person gets the demo student's password hash (password EduFusion2026).
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE bench_course AS
    SELECT c.id, c.published_version_id AS version_id, row_number() OVER (ORDER BY c.id) - 1 AS k
    FROM academy.course c WHERE c.published_version_id IS NOT NULL;
CREATE TEMP TABLE bench_learner AS
    SELECT gen_random_uuid() AS id, g AS n FROM generate_series(1, :enrollments) g;

INSERT INTO identity.person (id, email, full_name, password_hash, preferred_language, created_at)
SELECT l.id, 'bench-' || l.n || '@bench.edufusion.kz', 'Bench Learner ' || l.n,
       (SELECT password_hash FROM identity.person WHERE email = 'student@demo.edufusion.kz'),
       (ARRAY['kk', 'ru', 'en'])[1 + l.n % 3], now()
FROM bench_learner l;
INSERT INTO identity.membership (person_id, organization_id, role, since)
SELECT l.id, (SELECT organization_id FROM identity.membership m JOIN identity.person p ON p.id = m.person_id
              WHERE p.email = 'student@demo.edufusion.kz' LIMIT 1), 'STUDENT', now()
FROM bench_learner l;

INSERT INTO academy.enrollment (id, course_id, version_id, learner_id, enrolled_at)
SELECT gen_random_uuid(), c.id, c.version_id, l.id, now() - (l.n % 365) * interval '1 day'
FROM bench_learner l JOIN bench_course c ON c.k = l.n % (SELECT count(*) FROM bench_course);

INSERT INTO academy.lesson_progress (enrollment_id, lesson_id, completed_at)
SELECT e.id, le.id, now()
FROM academy.enrollment e JOIN academy.lesson le ON le.version_id = e.version_id
JOIN bench_learner l ON l.id = e.learner_id
WHERE (hashtext(e.id::text || le.id::text) & 1) = 0;
UPDATE academy.enrollment e SET completed_lessons = p.done, last_lesson_id = p.last, last_opened_at = now()
FROM (SELECT enrollment_id, count(*) AS done, (array_agg(lesson_id))[1] AS last
      FROM academy.lesson_progress GROUP BY enrollment_id) p
WHERE p.enrollment_id = e.id AND e.learner_id IN (SELECT id FROM bench_learner);

-- the learners who drive the load
CREATE TEMP TABLE bench_user AS SELECT gen_random_uuid() AS id, g AS n FROM generate_series(1, :users) g;
INSERT INTO identity.person (id, email, full_name, password_hash, preferred_language, created_at)
SELECT u.id, 'load-' || u.n || '@bench.edufusion.kz', 'Load Learner ' || u.n,
       (SELECT password_hash FROM identity.person WHERE email = 'student@demo.edufusion.kz'),
       (ARRAY['kk', 'ru', 'en'])[1 + u.n % 3], now()
FROM bench_user u;
INSERT INTO identity.membership (person_id, organization_id, role, since)
SELECT u.id, (SELECT organization_id FROM identity.membership m JOIN identity.person p ON p.id = m.person_id
              WHERE p.email = 'student@demo.edufusion.kz' LIMIT 1), 'STUDENT', now()
FROM bench_user u;
INSERT INTO academy.enrollment (id, course_id, version_id, learner_id)
SELECT gen_random_uuid(), c.id, c.version_id, u.id FROM bench_user u CROSS JOIN bench_course c;
COMMIT;
ANALYZE;
