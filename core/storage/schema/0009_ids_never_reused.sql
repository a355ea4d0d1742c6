-- Trajectplanner schema, step 9: ids are never given twice. Without AUTOINCREMENT, SQLite gives
-- a new row the highest id in use plus one, so after the newest learner is erased the next one
-- got the same id, and old audit entries ("learner 12") and calendar events pointed at another
-- person. SQLite cannot add AUTOINCREMENT to a table, so the tables whose ids leave the program
-- (learners in the audit log, placement days and contact moments in calendars) are made again
-- with it and their rows copied, ids and all. The ids an erased learner had are known only from
-- the audit log: the counter starts above the highest learner it names.
-- The calendar events of a database carry its own random id, so that two databases (or a
-- database and its restored older copy) never give the same event id to different things.
--
-- traject: rebuilds tables (run with foreign keys off, checked before commit)

CREATE TABLE learner_new (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    first_name           TEXT NOT NULL,
    last_name            TEXT NOT NULL,
    birth_date           TEXT,
    gender               TEXT NOT NULL DEFAULT 'unknown',
    phone                TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',
    street               TEXT NOT NULL DEFAULT '',
    postal_code          TEXT NOT NULL DEFAULT '',
    municipality         TEXT NOT NULL DEFAULT '',
    national_number      TEXT NOT NULL DEFAULT '',
    home_language        TEXT NOT NULL DEFAULT '',
    nt2_level            TEXT NOT NULL DEFAULT 'unknown',
    education_level      TEXT NOT NULL DEFAULT 'unknown',
    foreign_diploma      TEXT NOT NULL DEFAULT '',
    diploma_recognition  TEXT NOT NULL DEFAULT 'none',
    migration_background TEXT NOT NULL DEFAULT 'unknown',
    transport            TEXT NOT NULL DEFAULT 'unknown',
    driving_licence      INTEGER NOT NULL DEFAULT 0,
    has_laptop           INTEGER NOT NULL DEFAULT 0,
    has_internet         INTEGER NOT NULL DEFAULT 0,
    status_before_start  TEXT NOT NULL DEFAULT 'unknown',
    months_unemployed    INTEGER,
    referrer_id          INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    referrer_note        TEXT NOT NULL DEFAULT '',
    employment_service   TEXT NOT NULL DEFAULT 'none',
    statute              TEXT NOT NULL DEFAULT '',
    phase                TEXT NOT NULL DEFAULT 'referral',
    phase_since          TEXT,
    notes                TEXT NOT NULL DEFAULT ''
);
INSERT INTO learner_new (id, first_name, last_name, birth_date, gender, phone, email, street, postal_code, municipality, national_number, home_language, nt2_level, education_level, foreign_diploma, diploma_recognition, migration_background, transport, driving_licence, has_laptop, has_internet, status_before_start, months_unemployed, referrer_id, referrer_note, employment_service, statute, phase, phase_since, notes)
    SELECT id, first_name, last_name, birth_date, gender, phone, email, street, postal_code, municipality, national_number, home_language, nt2_level, education_level, foreign_diploma, diploma_recognition, migration_background, transport, driving_licence, has_laptop, has_internet, status_before_start, months_unemployed, referrer_id, referrer_note, employment_service, statute, phase, phase_since, notes FROM learner;
DROP TABLE learner;
ALTER TABLE learner_new RENAME TO learner;
CREATE INDEX learner_name ON learner(last_name, first_name);
CREATE INDEX learner_phase ON learner(phase);

CREATE TABLE placement_day_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    placement_id   INTEGER NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
    date           TEXT NOT NULL,
    planned_hours  REAL NOT NULL DEFAULT 0,
    worked_hours   REAL,
    status         TEXT NOT NULL DEFAULT 'planned',
    note           TEXT NOT NULL DEFAULT '',
    UNIQUE (placement_id, date)
);
INSERT INTO placement_day_new (id, placement_id, date, planned_hours, worked_hours, status, note)
    SELECT id, placement_id, date, planned_hours, worked_hours, status, note FROM placement_day;
DROP TABLE placement_day;
ALTER TABLE placement_day_new RENAME TO placement_day;
CREATE INDEX placement_day_date ON placement_day(date);
CREATE INDEX placement_day_status ON placement_day(placement_id, status);

CREATE TABLE contact_moment_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    learner_id     INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    date           TEXT NOT NULL,
    kind           TEXT NOT NULL DEFAULT 'conversation',
    status         TEXT NOT NULL DEFAULT 'done',
    with_whom      TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    follow_up      TEXT,
    aftercare      INTEGER NOT NULL DEFAULT 0
);
INSERT INTO contact_moment_new (id, learner_id, date, kind, status, with_whom, notes, follow_up, aftercare)
    SELECT id, learner_id, date, kind, status, with_whom, notes, follow_up, aftercare FROM contact_moment;
DROP TABLE contact_moment;
ALTER TABLE contact_moment_new RENAME TO contact_moment;
CREATE INDEX contact_moment_learner ON contact_moment(learner_id, date);
CREATE INDEX contact_moment_status ON contact_moment(learner_id, status, date);

UPDATE sqlite_sequence SET seq = max(seq, coalesce((
        SELECT max(CAST(substr(subject, 9) AS INTEGER)) FROM audit_entry
        WHERE subject LIKE 'learner %'), 0))
WHERE name = 'learner';
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'learner', coalesce((SELECT max(CAST(substr(subject, 9) AS INTEGER)) FROM audit_entry
                                WHERE subject LIKE 'learner %'), 0)
    WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'learner');

CREATE TABLE database_identity (
    id  TEXT NOT NULL  -- 32 random hex digits, made once
);
INSERT INTO database_identity (id) VALUES (lower(hex(randomblob(16))));
