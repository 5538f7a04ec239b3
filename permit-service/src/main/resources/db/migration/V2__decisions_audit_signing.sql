-- Officer decisions and overdue alerts on the review case.
alter table review_case
    add column decided_by          varchar(64),   -- the officer's IIN, or 'system' for automatic decisions
    add column special_conditions  text,
    add column refusal_document    text,          -- the signed refusal (compact JWS)
    add column overdue_notified_at timestamptz;   -- set once, when ReviewOverdue is recorded

-- The overdue job looks for undecided cases past their due time that were not yet announced.
create index review_case_overdue on review_case (due_at)
    where status in ('COLLECTING', 'IN_REVIEW') and overdue_notified_at is null;

alter table permit
    add column special_conditions  text,
    add column issued_by           varchar(64)  not null default 'system',
    add column document            text,          -- the signed permit (compact JWS)
    add column cancelled_at        timestamptz,
    add column cancelled_by        varchar(64),
    add column cancellation_reason text;

-- Who did what to an application and its permit, and when (CITES Decision 18.125). Keyed by the
-- application so entries made before the permit exists (requested, checked, decided) belong to it;
-- append-only, never updated or deleted by the service.
create table audit_entry (
    id             bigserial    primary key,
    application_id uuid         not null,
    action         varchar(30)  not null,   -- REQUESTED, CHECKED, FEE_CONFIRMED, FEE_REJECTED, ...
    actor          varchar(64)  not null,   -- an IIN/BIN, a service name or 'system'
    at             timestamptz  not null,
    detail         text
);

create index audit_entry_application on audit_entry (application_id, at, id);

-- The authority's signing keys. Exactly one is active (signs new documents); retired keys stay
-- published so documents signed with them remain verifiable.
create table signing_key (
    kid         varchar(64)  primary key,
    algorithm   varchar(10)  not null,
    jwk         text         not null,      -- the private JWK (a real deployment keeps it in an HSM)
    active      boolean      not null,
    created_at  timestamptz  not null,
    retired_at  timestamptz
);

create unique index signing_key_one_active on signing_key ((true)) where active;
