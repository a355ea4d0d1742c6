-- Trajectplanner schema, step 7: consent as records. A learner gives consent to one recipient
-- (a training centre, the employment service, a welfare partner, the workplace, someone else) for
-- named kinds of information, from a date until it is withdrawn. A plan for a partner is made
-- under one of them and shows only what it covers.

CREATE TABLE consent (
    id              INTEGER PRIMARY KEY,
    learner_id      INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    recipient       TEXT NOT NULL CHECK (recipient IN ('training_provider', 'employment_service',
                                                       'welfare', 'workplace', 'other')),
    recipient_name  TEXT NOT NULL DEFAULT '',
    given_on        TEXT NOT NULL,
    withdrawn_on    TEXT,
    shares          TEXT NOT NULL DEFAULT '',  -- codes separated by spaces, e.g. 'trajectory training'
    note            TEXT NOT NULL DEFAULT '',
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consent_learner ON consent(learner_id);

-- The one consent date and free text of step 1 become a record: the partners of the partnership,
-- covering what a partner plan printed under it before (everything but the sensitive barriers);
-- the free text is kept as the note.
INSERT INTO consent (learner_id, recipient, recipient_name, given_on, shares, note)
SELECT id, 'other', 'partnerschap', consent_date,
       'trajectory helpers training placements barriers appointments', consent_scope
FROM learner WHERE consent_date IS NOT NULL AND consent_date <> '';

ALTER TABLE learner DROP COLUMN consent_date;
ALTER TABLE learner DROP COLUMN consent_scope;
