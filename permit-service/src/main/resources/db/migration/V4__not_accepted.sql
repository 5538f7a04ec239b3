-- An application whose duty was still unpaid when the grace period ended is NOT_ACCEPTED (an
-- incomplete package, Law "On state services"): not a refusal, no ground. The case keeps why.
alter table review_case
    add column not_accepted_reason text;
