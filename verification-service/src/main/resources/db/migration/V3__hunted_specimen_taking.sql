-- Issue 12: a hunting permit is judged on the day the specimen was taken and counts animals, not
-- parts. Null for the specimens of checks opened before (their applications did not say).
alter table check_specimen add column taken_on date;
alter table check_specimen add column animal_count integer;

-- The planned transport date no longer decides anything (a trophy exported after the season is
-- lawful); the reasons of the checks judged on it name the dates they used.
alter table verification_check drop column planned_date;
