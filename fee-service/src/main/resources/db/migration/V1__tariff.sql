-- The tariff is data: the MCI changes every 1 January by the budget law, and the legal basis of the
-- duty changed with the Tax Code of 2026. Operators add next year's MCI with a new migration.

create table mci (
    year        integer       primary key check (year between 2000 and 2100),
    value       numeric(12,2) not null check (value > 0),
    source      text          not null       -- the law that set it, for the audit trail
);

create table duty_rate (
    valid_from       date          primary key,   -- applies to registration dates from this day on
    multiplier       integer       not null check (multiplier > 0),
    legal_reference  text          not null
);

insert into mci (year, value, source) values
    (2025, 3932.00, 'Law of the Republic of Kazakhstan on the republican budget for 2025-2027'),
    (2026, 4325.00, 'Law of the Republic of Kazakhstan on the republican budget for 2026-2028');

insert into duty_rate (valid_from, multiplier, legal_reference) values
    ('2025-01-01', 2,
     'Tax Code of the Republic of Kazakhstan (2017): state duty for permits for import, export and re-export of CITES species, 2 MCI'),
    ('2026-01-01', 2,
     'Tax Code of the Republic of Kazakhstan (in force from 1 January 2026): state duty for permits for import, export and re-export of CITES species, 2 MCI');
