-- Trajectplanner schema, step 2: indexes for the caseload list (CaseloadQuery), which reads
-- per learner the earliest open action, the open barriers and the worked placement days.

-- Open actions only (no done date), in due order: the next action and "my open actions".
CREATE INDEX action_open ON action(learner_id, due_date, owner) WHERE done_date IS NULL;

-- Counting open barriers without reading the rows.
CREATE INDEX barrier_learner_status ON barrier(learner_id, status);

-- Counting the worked days of a placement without reading the rows.
CREATE INDEX placement_day_status ON placement_day(placement_id, status);
