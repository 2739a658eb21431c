-- The curated Kazakh and Russian names of the OKED sections are imported as a dataset of their own.
ALTER TABLE reference.import_run DROP CONSTRAINT import_run_dataset_check;
ALTER TABLE reference.import_run ADD CONSTRAINT import_run_dataset_check
    CHECK (dataset IN ('regions', 'fields', 'nqf', 'oked', 'oked-section-names', 'isco', 'occupations'));
