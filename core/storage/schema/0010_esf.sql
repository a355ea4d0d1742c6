-- Trajectplanner schema, step 10: the learner's answers to the ESF+ indicators (Regulation (EU)
-- 2021/1057, Annex I), one row per indicator, with the day it was asked. `answer` holds the codes
-- of resources/esf/indicators.json, comma-separated where an indicator takes several, or
-- 'refused' or 'unknown': the attempt to ask is on record even when the learner said nothing.
-- The learner gets the VDAB client number, for the summary typed into VDAB's partner platform.

CREATE TABLE esf_answer (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    indicator  TEXT NOT NULL,
    answer     TEXT NOT NULL,
    asked_on   TEXT NOT NULL,
    UNIQUE (learner_id, indicator)
);

ALTER TABLE learner ADD COLUMN vdab_client_number TEXT NOT NULL DEFAULT '';
