-- An application whose duty was still not paid as required when its grace period ended is
-- NOT_ACCEPTED (an incomplete package, Law "On state services"): not a refusal, no ground.
alter table application
    add column not_accepted_reason text,
    add column not_accepted_at     timestamptz;
