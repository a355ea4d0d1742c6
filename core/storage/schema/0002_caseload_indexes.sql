-- Trajectplanner schema, step 2: indexes for the caseload list (CaseloadQuery). For every
-- learner it looks up a few rows per table; each lookup below finds them in one index range
-- without reading the table (measured on 10,000 learners: about 3x faster than with the
-- indexes of step 1 alone).

-- Open actions (no done date) by due date: the next action, their number, "my open actions".
CREATE INDEX action_open ON action(learner_id, done_date, due_date, owner);

-- The next planned contact moment from today on.
CREATE INDEX contact_moment_status ON contact_moment(learner_id, status, date);

-- The current work-place learning: the latest placement of that kind.
CREATE INDEX placement_learner_kind ON placement(learner_id, kind, start_date);

-- Counting open barriers and worked placement days.
CREATE INDEX barrier_learner_status ON barrier(learner_id, status);
CREATE INDEX placement_day_status ON placement_day(placement_id, status);
