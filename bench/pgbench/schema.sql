-- The two tables a submission inserts into, shaped as application-service's migrations make them
-- (application-service db/migration/V1__applications.sql and platform/messaging's
-- V0_1__outbox_and_inbox.sql: same columns, keys and indexes), in a scratch schema of the same
-- database that bench/submissions.sh creates and drops.
create table application (
    id                   uuid primary key,
    version              bigint       not null,
    owner_iin            varchar(12)  not null,
    owner_bin            varchar(12),
    status               varchar(20)  not null,
    content              jsonb        not null,
    registration_number  varchar(30)  unique,
    registered_at        timestamptz,
    registration_date    date,
    due_date             date,
    due_at               timestamptz,
    submission_key       varchar(200),
    permit_number        varchar(35),
    refusal_grounds      varchar(200),
    refusal_reason       text,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null
);
create index application_by_owner on application (owner_iin, created_at desc);
create index application_by_status on application (status, created_at desc);

create table outbox_event (
    seq           bigserial    not null unique,
    id            uuid primary key,
    topic         varchar(200) not null,
    message_key   varchar(200) not null,
    event_type    varchar(200) not null,
    payload       text         not null,
    traceparent   varchar(55)  not null,
    created_at    timestamptz  not null default now(),
    published_at  timestamptz,
    attempts      integer      not null default 0,
    last_error    text,
    failed_at     timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null and failed_at is null;
