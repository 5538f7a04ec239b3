-- application-service: every listing carries its source and the day it took effect, and the
-- checklist as a whole its edition (version and date), so that an answer can say which checklist
-- decided an appendix (domain.md section 5, "The checklist is the law of the appendix").

-- Where the listing is stated (the Appendices, a CoP decision, a Species+ taxon concept) and the day
-- the listing took effect where the source establishes it. Rows stored before this migration have
-- neither: a fixture-loaded table is replaced by the current fixture at the next start, a Species+
-- import keeps them until the next import.
alter table species add column listing_source text;
alter table species add column listed_since   date;

-- The edition in force: one row, replaced together with the listings. species.source keeps saying
-- which load wrote each row ('fixture' or 'species+ <import time>').
create table species_checklist (
    id              smallint     primary key default 1 check (id = 1),
    version         varchar(100) not null,
    checklist_date  date         not null,
    origin          varchar(20)  not null check (origin in ('FIXTURE', 'SPECIES_PLUS')),
    replaced_at     timestamptz  not null
);

-- A checklist loaded before editions existed: the first fixture (version 'fixture 1', which the
-- current fixture replaces at start-up) or a Species+ import (kept, named after its import).
insert into species_checklist (id, version, checklist_date, origin, replaced_at)
select 1,
       case when min(source) = 'fixture' then 'fixture 1' else min(source) end,
       (min(imported_at) at time zone 'Asia/Almaty')::date,
       case when min(source) = 'fixture' then 'FIXTURE' else 'SPECIES_PLUS' end,
       min(imported_at)
from species
having count(*) > 0;
