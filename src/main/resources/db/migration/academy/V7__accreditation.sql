-- Accreditation of academy courses by QA agencies (decision 0023). The owner submits a PUBLISHED version (frozen, so
-- the reviewer reviews exactly what learners get); a reviewer of a QA agency reviews it against the checklist of
-- standards, which is data QA reviewers maintain, and decides: changes requested, approved for a validity period, or
-- rejected. Reviewer, agency, owner and submitter ids are identity records (checked through its facade, no foreign key
-- across schemas).

-- The standards. A criterion that any review used is deactivated, never deleted: reviews keep their own snapshot of
-- the wording anyway, and the code stays unique so the API can name criteria.
CREATE TABLE academy.accreditation_criterion (
    id         uuid        PRIMARY KEY,
    code       varchar(40) NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    text_kk    text,
    text_ru    text,
    text_en    text,
    position   integer     NOT NULL,
    active     boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT accreditation_criterion_has_text CHECK (coalesce(text_kk, text_ru, text_en) IS NOT NULL)
);

-- One submission = one published version put forward once. SUBMITTED is the open state: at most one per course.
CREATE TABLE academy.accreditation_submission (
    id           uuid        PRIMARY KEY,
    course_id    uuid        NOT NULL REFERENCES academy.course (id),
    version_id   uuid        NOT NULL REFERENCES academy.course_version (id),
    status       varchar(20) NOT NULL CHECK (status IN ('SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED')),
    note         text,
    submitted_by uuid        NOT NULL,
    submitted_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accreditation_one_open_submission ON academy.accreditation_submission (course_id) WHERE status = 'SUBMITTED';
CREATE INDEX accreditation_submission_course_idx ON academy.accreditation_submission (course_id, submitted_at DESC);

-- The review of a submission (one, by the reviewer who took it up), first saved without a decision; the decision
-- closes it. An approval carries its validity period (1 to 5 years) and the time its expiry reminder was mailed.
CREATE TABLE academy.accreditation_review (
    id               uuid        PRIMARY KEY,
    submission_id    uuid        NOT NULL UNIQUE REFERENCES academy.accreditation_submission (id),
    reviewer_id      uuid        NOT NULL,
    agency_id        uuid        NOT NULL,
    started_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    decision         varchar(20) CHECK (decision IN ('CHANGES_REQUESTED', 'APPROVED', 'REJECTED')),
    reasons          text,
    valid_from       date,
    valid_until      date,
    decided_at       timestamptz,
    reminder_sent_at timestamptz,
    CONSTRAINT accreditation_review_decided CHECK ((decision IS NULL) = (decided_at IS NULL)),
    CONSTRAINT accreditation_review_validity CHECK (
        (decision = 'APPROVED') = (valid_from IS NOT NULL AND valid_until IS NOT NULL)
        AND (valid_until IS NULL OR (valid_until >= valid_from + interval '1 year' AND valid_until <= valid_from + interval '5 years')))
);
CREATE INDEX accreditation_review_valid_idx ON academy.accreditation_review (valid_until) WHERE decision = 'APPROVED';

-- The criteria as they read when the review started (the snapshot), with the reviewer's verdict and comment on each.
CREATE TABLE academy.accreditation_review_item (
    review_id    uuid        NOT NULL REFERENCES academy.accreditation_review (id),
    criterion_id uuid        NOT NULL REFERENCES academy.accreditation_criterion (id),
    position     integer     NOT NULL,
    code         varchar(40) NOT NULL,
    text_kk      text,
    text_ru      text,
    text_en      text,
    verdict      varchar(12) CHECK (verdict IN ('MET', 'PARTLY_MET', 'NOT_MET')),
    comment      text,
    PRIMARY KEY (review_id, criterion_id)
);

-- The default checklist of standards (ESG 2015 part 1 as applied to online courses, and the VSEA's own goals).
INSERT INTO academy.accreditation_criterion (id, code, position, text_kk, text_ru, text_en) VALUES
    ('acc00000-0000-4000-8000-000000000001', 'OUTCOMES_MAPPED', 1,
     'Оқу нәтижелері анықталған және дағдылар таксономиясымен байланыстырылған',
     'Результаты обучения определены и связаны с навыками таксономии',
     'Learning outcomes are defined and mapped to skills of the taxonomy'),
    ('acc00000-0000-4000-8000-000000000002', 'CONTENT_ACCURATE', 2,
     'Мазмұны дұрыс, өзекті және дереккөздерге сүйенеді',
     'Содержание точно, актуально и опирается на источники',
     'Content is accurate, current and based on sources'),
    ('acc00000-0000-4000-8000-000000000003', 'ASSESSMENT_ALIGNED', 3,
     'Бағалау оқу нәтижелеріне сәйкес келеді',
     'Оценивание согласовано с результатами обучения',
     'Assessment is aligned with the learning outcomes'),
    ('acc00000-0000-4000-8000-000000000004', 'WORKLOAD_ECTS', 4,
     'Оқу жүктемесі көрсетілген ECTS кредиттеріне сәйкес келеді',
     'Учебная нагрузка соответствует заявленным кредитам ECTS',
     'Workload matches the stated ECTS credits'),
    ('acc00000-0000-4000-8000-000000000005', 'ACCESSIBILITY', 5,
     'Курс мүмкіндігі шектеулі білім алушыларға қолжетімді',
     'Курс доступен обучающимся с особыми потребностями',
     'The course is accessible to learners with disabilities'),
    ('acc00000-0000-4000-8000-000000000006', 'GENDER_INCLUSIVE', 6,
     'Тілі мен мысалдары гендерлік инклюзивті',
     'Язык и примеры гендерно инклюзивны',
     'Language and examples are gender-inclusive'),
    ('acc00000-0000-4000-8000-000000000007', 'LEARNER_SUPPORT', 7,
     'Білім алушыларға қолдау (сұрақтар, кері байланыс) ұйымдастырылған',
     'Организована поддержка обучающихся (вопросы, обратная связь)',
     'Learner support (questions, feedback) is organised'),
    ('acc00000-0000-4000-8000-000000000008', 'CLIMATE_NEUTRAL', 8,
     'Курс климаттық бейтарап түрде өткізіледі',
     'Курс проводится климатически нейтрально',
     'The course is delivered in a climate-neutral way');
