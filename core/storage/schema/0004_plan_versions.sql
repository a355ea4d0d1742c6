-- Trajectplanner schema, step 4: the versions of printed and saved documents. Every personal
-- plan (trajectplan) that is printed or saved as PDF, and every attendance sheet for a mentor,
-- is kept with a copy of its PDF, so that the paper copy always matches a stored version and can
-- be printed again. Plans and attendance sheets are numbered separately, per learner: 1, 2, 3, ...

CREATE TABLE plan_version (
    id          INTEGER PRIMARY KEY,
    learner_id  INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL DEFAULT 'plan' CHECK (kind IN ('plan', 'attendance')),
    number      INTEGER NOT NULL CHECK (number > 0),
    created_at  TEXT NOT NULL,          -- ISO date-time, seconds
    audience    TEXT NOT NULL DEFAULT '', -- 'learner' | 'workplace' | 'partner' for a plan, '' for an attendance sheet
    language    TEXT NOT NULL DEFAULT 'nl',
    sections    TEXT NOT NULL DEFAULT '', -- comma-separated section codes, as given
    subject_id  INTEGER,                -- the placement of an attendance sheet (no FK: the sheet outlives the placement)
    pages       INTEGER NOT NULL DEFAULT 0,
    pdf         BLOB NOT NULL,
    UNIQUE (learner_id, kind, number)
);
CREATE INDEX plan_version_learner_kind ON plan_version(learner_id, kind, number);
