-- Trajectplanner schema, step 1: the whole caseload of one SPOC.
-- Dates are ISO 8601 text (yyyy-MM-dd); enumerations are stable text codes.

-- application_id (TRJP) is set by the migration runner.

CREATE TABLE organisation (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind          TEXT NOT NULL,
    site_type     TEXT NOT NULL DEFAULT 'none',
    parent_id     INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    address       TEXT NOT NULL DEFAULT '',
    municipality  TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE contact_person (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    function         TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_person_organisation ON contact_person(organisation_id);

CREATE TABLE learner (
    id                   INTEGER PRIMARY KEY,
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
    consent_date         TEXT,
    consent_scope        TEXT NOT NULL DEFAULT '',
    phase                TEXT NOT NULL DEFAULT 'referral',
    phase_since          TEXT,
    notes                TEXT NOT NULL DEFAULT ''
);
CREATE INDEX learner_name ON learner(last_name, first_name);
CREATE INDEX learner_phase ON learner(phase);

CREATE TABLE learner_child (
    id           INTEGER PRIMARY KEY,
    learner_id   INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    birth_year   INTEGER NOT NULL DEFAULT 0,
    arrangement  TEXT NOT NULL DEFAULT 'none',
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX learner_child_learner ON learner_child(learner_id);

CREATE TABLE phase_change (
    id           INTEGER PRIMARY KEY,
    learner_id   INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    date         TEXT NOT NULL,
    from_phase   TEXT,
    to_phase     TEXT NOT NULL,
    reason_code  TEXT NOT NULL DEFAULT '',
    reason_text  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX phase_change_learner ON phase_change(learner_id, date);

CREATE TABLE role_assignment (
    id          INTEGER PRIMARY KEY,
    learner_id  INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    person_id   INTEGER NOT NULL REFERENCES contact_person(id) ON DELETE RESTRICT,
    from_date   TEXT,
    to_date     TEXT,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX role_assignment_learner ON role_assignment(learner_id);
CREATE INDEX role_assignment_person ON role_assignment(person_id);

CREATE TABLE programme (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL CHECK (length(trim(name)) > 0),
    provider             TEXT NOT NULL DEFAULT 'cvo',
    provider_id          INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    duration_months      INTEGER NOT NULL DEFAULT 12,
    total_lestijden      INTEGER NOT NULL DEFAULT 0,
    class_days_per_week  REAL NOT NULL DEFAULT 0,
    placement_hours      INTEGER NOT NULL DEFAULT 0,
    observation_hours    INTEGER NOT NULL DEFAULT 0,
    description          TEXT NOT NULL DEFAULT '',
    template_key         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE module (
    id                 INTEGER PRIMARY KEY,
    programme_id       INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL DEFAULT 0,
    name               TEXT NOT NULL,
    lestijden          INTEGER NOT NULL DEFAULT 0,
    workplace_percent  INTEGER NOT NULL DEFAULT 0 CHECK (workplace_percent BETWEEN 0 AND 100),
    is_placement       INTEGER NOT NULL DEFAULT 0,
    to_be_named        INTEGER NOT NULL DEFAULT 0,
    typical_semester   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX module_programme ON module(programme_id, position);

CREATE TABLE enrolment (
    id            INTEGER PRIMARY KEY,
    learner_id    INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    programme_id  INTEGER NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
    start_date    TEXT NOT NULL,
    planned_end   TEXT NOT NULL,
    variant       TEXT NOT NULL DEFAULT '12m',
    notes         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX enrolment_learner ON enrolment(learner_id);
CREATE INDEX enrolment_programme ON enrolment(programme_id);

CREATE TABLE module_plan (
    id             INTEGER PRIMARY KEY,
    enrolment_id   INTEGER NOT NULL REFERENCES enrolment(id) ON DELETE CASCADE,
    module_id      INTEGER NOT NULL REFERENCES module(id) ON DELETE RESTRICT,
    semester       INTEGER NOT NULL CHECK (semester BETWEEN 1 AND 6),
    status         TEXT NOT NULL DEFAULT 'planned',
    retake_reason  TEXT NOT NULL DEFAULT '',
    UNIQUE (enrolment_id, module_id, semester)
);
CREATE INDEX module_plan_module ON module_plan(module_id);

CREATE TABLE placement (
    id              INTEGER PRIMARY KEY,
    learner_id      INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    enrolment_id    INTEGER REFERENCES enrolment(id) ON DELETE SET NULL,
    kind            TEXT NOT NULL DEFAULT 'workplace_learning',
    site_id         INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    mentor_id       INTEGER REFERENCES contact_person(id) ON DELETE SET NULL,
    supervisor_id   INTEGER REFERENCES contact_person(id) ON DELETE SET NULL,
    start_date      TEXT NOT NULL,
    end_date        TEXT NOT NULL,
    weekdays        INTEGER NOT NULL DEFAULT 0,
    hours_per_day   REAL NOT NULL DEFAULT 0,
    target_days     INTEGER NOT NULL DEFAULT 0,
    target_hours    REAL NOT NULL DEFAULT 0,
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX placement_learner ON placement(learner_id);
CREATE INDEX placement_enrolment ON placement(enrolment_id);
CREATE INDEX placement_site ON placement(site_id);
CREATE INDEX placement_mentor ON placement(mentor_id);
CREATE INDEX placement_supervisor ON placement(supervisor_id);

CREATE TABLE placement_day (
    id             INTEGER PRIMARY KEY,
    placement_id   INTEGER NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
    date           TEXT NOT NULL,
    planned_hours  REAL NOT NULL DEFAULT 0,
    worked_hours   REAL,
    status         TEXT NOT NULL DEFAULT 'planned',
    note           TEXT NOT NULL DEFAULT '',
    UNIQUE (placement_id, date)
);
CREATE INDEX placement_day_date ON placement_day(date);

CREATE TABLE barrier (
    id                 INTEGER PRIMARY KEY,
    learner_id         INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    category           INTEGER NOT NULL CHECK (category BETWEEN 1 AND 10),
    description        TEXT NOT NULL,
    severity           TEXT NOT NULL DEFAULT 'medium',
    detected_on        TEXT NOT NULL,
    detected_in_phase  TEXT NOT NULL DEFAULT 'intake',
    status             TEXT NOT NULL DEFAULT 'open',
    resolved_on        TEXT,
    notes              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX barrier_learner ON barrier(learner_id);

CREATE TABLE action (
    id                 INTEGER PRIMARY KEY,
    learner_id         INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    barrier_id         INTEGER REFERENCES barrier(id) ON DELETE CASCADE,
    description        TEXT NOT NULL,
    owner              TEXT NOT NULL DEFAULT 'spoc',
    partner_person_id  INTEGER REFERENCES contact_person(id) ON DELETE SET NULL,
    domain             TEXT NOT NULL DEFAULT 'preconditions',
    due_date           TEXT,
    done_date          TEXT,
    outcome            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_learner ON action(learner_id);
CREATE INDEX action_barrier ON action(barrier_id);
CREATE INDEX action_partner ON action(partner_person_id);

CREATE TABLE contact_moment (
    id             INTEGER PRIMARY KEY,
    learner_id     INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    date           TEXT NOT NULL,
    kind           TEXT NOT NULL DEFAULT 'conversation',
    status         TEXT NOT NULL DEFAULT 'done',
    with_whom      TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    follow_up      TEXT,
    aftercare      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_moment_learner ON contact_moment(learner_id, date);

CREATE TABLE aftercare (
    learner_id    INTEGER PRIMARY KEY REFERENCES learner(id) ON DELETE CASCADE,
    training_end  TEXT,
    start_date    TEXT NOT NULL,
    months        INTEGER NOT NULL DEFAULT 6 CHECK (months BETWEEN 3 AND 6),
    notes         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE outcome (
    learner_id      INTEGER PRIMARY KEY REFERENCES learner(id) ON DELETE CASCADE,
    date            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    employer        TEXT NOT NULL DEFAULT '',
    contract_type   TEXT NOT NULL DEFAULT 'unknown',
    regime          TEXT NOT NULL DEFAULT 'unknown',
    hours_per_week  REAL,
    notes           TEXT NOT NULL DEFAULT ''
);

CREATE TABLE closure_period (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    site_id     INTEGER REFERENCES organisation(id) ON DELETE CASCADE
);
