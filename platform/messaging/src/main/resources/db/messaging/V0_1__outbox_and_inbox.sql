-- platform/messaging: the transactional outbox and the idempotent-consumer inbox.
-- Versioned 0.x so it never collides with a service's own V1, V2, ... migrations.

create table outbox_event (
    seq           bigserial    not null unique,  -- the order of recording: the relay publishes by it
    id            uuid primary key,              -- the event id (CloudEvents ce_id)
    topic         varchar(200) not null,
    message_key   varchar(200) not null,         -- the application id: keeps one application in order
    event_type    varchar(200) not null,         -- CloudEvents ce_type
    payload       text         not null,         -- the event record as JSON
    traceparent   varchar(55)  not null,
    created_at    timestamptz  not null default now(),
    published_at  timestamptz,
    attempts      integer      not null default 0,
    last_error    text,
    failed_at     timestamptz                    -- the broker refused it for good (e.g. too large): an operator's case
);

-- The relay looks only at what is still to publish.
create index outbox_event_unpublished on outbox_event (seq) where published_at is null and failed_at is null;

create table inbox_event (
    consumer      varchar(100) not null,
    event_id      uuid         not null,
    event_type    varchar(200) not null,
    processed_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
