-- Trajectplanner schema, step 8: the Belgian work regimes of an outcome. "Part time" becomes
-- 4/5 or half time when its hours say so (4/5 of a full-time week of 36 to 40 hours is 28.8 to
-- 32 hours, half of it 18 to 20), and otherwise "another regime", told by its hours per week.
-- A part-time job without hours becomes another regime with its hours still to fill in (the
-- form asks for them); nothing else changes.

UPDATE outcome SET regime = CASE
        WHEN hours_per_week BETWEEN 28.8 AND 32 THEN 'four_fifths'
        WHEN hours_per_week BETWEEN 18 AND 20 THEN 'half_time'
        ELSE 'other'
    END
WHERE regime = 'part_time';
