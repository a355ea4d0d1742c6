-- Trajectplanner schema, step 5: the intake interview (intakegesprek) and the support network.
-- The questions are data: a template (JSON) is loaded into intake_template with its name and
-- version, and every intake points at the version it answered, so an old intake keeps showing its
-- own questions after a partnership loads a new version. Answers are stored one row per question,
-- each the moment its field is left, so an interrupted intake loses at most the field being typed.

CREATE TABLE intake_template (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version > 0),
    definition  TEXT NOT NULL,          -- the template's JSON, as loaded
    loaded_at   TEXT NOT NULL,          -- ISO date-time
    UNIQUE (name, version)
);

CREATE TABLE intake (
    id           INTEGER PRIMARY KEY,
    learner_id   INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    template_id  INTEGER NOT NULL REFERENCES intake_template(id) ON DELETE RESTRICT,
    date         TEXT NOT NULL,         -- the day of the interview
    started_at   TEXT NOT NULL,         -- ISO date-time
    finished_at  TEXT,                  -- NULL while the intake is unfinished
    decision     TEXT NOT NULL DEFAULT '', -- '' | 'admitted' | 'pre_trajectory' | 'regular_course' | 'referred' | 'not_entering'
    reason_code  TEXT NOT NULL DEFAULT '', -- a NonEntryReason code for the decisions that need one
    reason_text  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX intake_learner ON intake(learner_id, date);
CREATE INDEX intake_template_used ON intake(template_id);

CREATE TABLE intake_answer (
    intake_id  INTEGER NOT NULL REFERENCES intake(id) ON DELETE CASCADE,
    question   TEXT NOT NULL,           -- the question's key in the intake's template
    value      TEXT NOT NULL,
    saved_at   TEXT NOT NULL,
    PRIMARY KEY (intake_id, question)
);

-- The people a learner can fall back on (steunfiguren): family, friends, professionals.
CREATE TABLE support_person (
    id          INTEGER PRIMARY KEY,
    learner_id  INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    relation    TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT 'informal' CHECK (kind IN ('informal', 'professional')),
    phone       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX support_person_learner ON support_person(learner_id);

-- The barriers ticked and the actions agreed during an intake remember it.
ALTER TABLE barrier ADD COLUMN intake_id INTEGER REFERENCES intake(id) ON DELETE SET NULL;
ALTER TABLE action ADD COLUMN intake_id INTEGER REFERENCES intake(id) ON DELETE SET NULL;
CREATE INDEX barrier_intake ON barrier(intake_id);
CREATE INDEX action_intake ON action(intake_id);
