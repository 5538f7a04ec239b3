-- The tables of bench/event-floor.sh's consumed event, in the scratch schema beside
-- bench/pgbench/schema.sql's outbox: the inbox copied from the services' own (platform/messaging),
-- and the case an event is about, reduced to a status and a version.
create table inbox_event (like public.inbox_event including all);
create table floor_case (id uuid primary key, status varchar(200) not null, version bigint not null);
