-- application-service: days of the working calendar marked by an administrator during the year
-- (a decree moved a day off). Laid over the calendar data bundled with platform/calendar; only
-- exceptions to the weekend rule: a weekday OFF or a weekend day WORKED.
create table calendar_day (
    day        date         primary key,
    kind       varchar(6)   not null check (kind in ('OFF', 'WORKED')),
    reason     text         not null,   -- the decree
    marked_by  varchar(64)  not null,   -- IIN of the administrator
    marked_at  timestamptz  not null
);

-- Every change of a mark, removals included; append-only.
create table calendar_day_change (
    id             bigserial    primary key,
    day            date         not null,
    action         varchar(8)   not null check (action in ('MARKED', 'REMOVED')),
    previous_kind  varchar(6),
    kind           varchar(6),   -- null when removed
    reason         text,         -- the decree; why it was removed (optional) on removal
    changed_by     varchar(64)  not null,
    changed_at     timestamptz  not null
);

create index calendar_day_change_by_day on calendar_day_change (day, id);
