-- Days of the working calendar marked by application-service's administrators during the year
-- (CalendarDayChanged on cites.calendar.events), laid over the bundled calendar for the grace
-- period. One row per day: its latest state. kind null = the mark was removed.
create table calendar_day (
    day         date         primary key,
    kind        varchar(6)   check (kind in ('OFF', 'WORKED')),
    reason      text,
    changed_at  timestamptz  not null,   -- the event's occurredAt: an older event never wins
    event_id    uuid         not null
);
