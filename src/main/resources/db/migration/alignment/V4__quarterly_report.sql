-- The quarterly labor-market analysis. One row per quarter: a DRAFT an analyst may regenerate until it is
-- PUBLISHED; then the snapshot (every number and label the report shows, in kk/ru/en, as JSON) and the three PDFs
-- rendered from it are frozen. The primary key on quarter means two nodes can never publish a quarter twice.
CREATE TABLE alignment.quarterly_report (
    quarter         varchar(7)  PRIMARY KEY CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    status          varchar(16) NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    snapshot        jsonb       NOT NULL,
    snapshot_sha256 varchar(64) NOT NULL,
    pdf_kk          bytea,
    pdf_ru          bytea,
    pdf_en          bytea,
    trigger         varchar(16) NOT NULL CHECK (trigger IN ('ANALYST', 'SCHEDULE')),
    generated_at    timestamptz NOT NULL,
    generated_by    uuid,
    published_at    timestamptz,
    published_by    uuid,
    CONSTRAINT quarterly_report_published_is_complete CHECK (status <> 'PUBLISHED'
        OR (pdf_kk IS NOT NULL AND pdf_ru IS NOT NULL AND pdf_en IS NOT NULL AND published_at IS NOT NULL))
);

-- A published report never changes: no UPDATE of a published row, whoever asks. DELETE only inside a transaction
-- that first says SET LOCAL edufusion.report_purge = 'on' (the retention/erasure path of an operator, and the
-- tests' cleanup); the application itself never does.
CREATE FUNCTION alignment.quarterly_report_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        IF TG_OP = 'DELETE' AND coalesce(current_setting('edufusion.report_purge', true), '') = 'on' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'quarterly report % is published and cannot be changed', OLD.quarter
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER quarterly_report_frozen BEFORE UPDATE OR DELETE ON alignment.quarterly_report
    FOR EACH ROW EXECUTE FUNCTION alignment.quarterly_report_frozen();
