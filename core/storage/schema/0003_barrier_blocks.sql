-- Trajectplanner schema, step 3: what a barrier blocks. A barrier (drempel) can stand in the
-- way of a placement ("no childcare for her own children" blocks the work-place learning) or of
-- a module in the plan; the dossier then answers "klaar om te starten?" with the linked barriers
-- that are still open, and the timelines draw blocked items hatched.

-- Each row links one barrier to exactly one placement or one module plan. The links go with the
-- barrier and with the item they block.
CREATE TABLE barrier_block (
    id              INTEGER PRIMARY KEY,
    barrier_id      INTEGER NOT NULL REFERENCES barrier(id) ON DELETE CASCADE,
    placement_id    INTEGER REFERENCES placement(id) ON DELETE CASCADE,
    module_plan_id  INTEGER REFERENCES module_plan(id) ON DELETE CASCADE,
    CHECK ((placement_id IS NULL) <> (module_plan_id IS NULL))
);
CREATE INDEX barrier_block_barrier ON barrier_block(barrier_id);
CREATE INDEX barrier_block_placement ON barrier_block(placement_id);
CREATE INDEX barrier_block_module_plan ON barrier_block(module_plan_id);
