-- The two tables a submission inserts into, copied from application-service's own (columns,
-- defaults, keys, indexes), in the scratch schema bench/submissions.sh creates and drops. The
-- outbox copy shares the real table's seq sequence: harmless on the benchmark's own stack.
create table application (like public.application including all);
create table outbox_event (like public.outbox_event including all);
