-- Export quotas (issue 19, ADR 0016): per year of issue, taxon (as the checklist names it), source
-- and term, in one unit (null: a number of specimens). Issuing an export permit adds its quantities
-- to consumed in the permit's transaction, under the quota's row lock; cancelling the permit takes
-- them off again. The check keeps the last word: consumed never leaves 0..quantity.
create table export_quota (
    id          bigserial     primary key,
    year        integer       not null,
    taxon       varchar(200)  not null,
    source_code varchar(1)    not null,
    term_code   varchar(3)    not null,
    unit_code   varchar(3),
    quantity    numeric(15,3) not null,
    consumed    numeric(15,3) not null default 0,
    basis       varchar(500),
    set_by      varchar(64)   not null,
    set_at      timestamptz   not null,
    constraint export_quota_key unique (year, taxon, source_code, term_code),
    constraint export_quota_positive check (quantity > 0),
    constraint export_quota_not_overdrawn check (consumed >= 0 and consumed <= quantity)
);

comment on column export_quota.taxon is 'Scientific name as the CITES checklist names it, matched exactly against a permit line';
comment on column export_quota.unit_code is 'CITES trade database unit of quantity and consumed; null: number of specimens';
comment on column export_quota.basis is 'What the administrator set it from, e.g. the CITES notification or the scientific authority''s opinion';

-- What each permit line took from a quota; returned_at once its permit was cancelled (the quantity
-- went back). Kept, not deleted, so the use of a quota can be traced permit by permit.
create table export_quota_use (
    id             bigserial     primary key,
    quota_id       bigint        not null references export_quota (id),
    permit_number  varchar(35)   not null,
    application_id uuid          not null,
    line           integer       not null,
    quantity       numeric(15,3) not null,
    consumed_at    timestamptz   not null,
    returned_at    timestamptz,
    constraint export_quota_use_line unique (permit_number, line)
);

create index export_quota_use_quota on export_quota_use (quota_id, id);

-- Who set or changed a quota, when, and from what to what (CITES Decision 18.125); append-only.
create table export_quota_change (
    id           bigserial     primary key,
    quota_id     bigint        not null references export_quota (id),
    action       varchar(10)   not null,   -- CREATED, CHANGED
    actor        varchar(64)   not null,
    at           timestamptz   not null,
    old_quantity numeric(15,3),
    new_quantity numeric(15,3) not null,
    old_unit     varchar(3),
    new_unit     varchar(3),
    basis        varchar(500)
);

create index export_quota_change_quota on export_quota_change (quota_id, at, id);
