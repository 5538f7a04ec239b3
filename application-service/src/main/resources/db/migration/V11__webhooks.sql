-- application-service: the status push to integrators (docs/adr/0011-status-push-webhooks.md).

-- An integrator's webhook: it belongs to a company (owner_bin) or to a person acting for no company
-- (owner_iin alone), as a filing does (ADR 0009).
create table webhook_subscription (
    id                     uuid primary key,
    owner_iin              varchar(12)   not null,   -- who registered it
    owner_bin              varchar(12),              -- the company it is for; null: the person
    url                    varchar(2000) not null,
    description            varchar(200),
    secret                 varchar(100)  not null,   -- whsec_<base64 of 32 bytes>: signs every delivery
    previous_secret        varchar(100),             -- the secret before the last rotation ...
    previous_secret_until  timestamptz,              -- ... signs beside the new one until then
    created_at             timestamptz   not null,
    secret_rotated_at      timestamptz
);

create index webhook_subscription_of_company on webhook_subscription (owner_bin)
    where owner_bin is not null;
create index webhook_subscription_of_person on webhook_subscription (owner_iin)
    where owner_bin is null;

-- The webhook outbox: one row per change of an application and subscription, written in the
-- transaction of the change; the dispatcher sends them in seq order per (subscription, application).
create table webhook_delivery (
    id                uuid primary key,              -- the webhook-id of every attempt
    seq               bigint generated always as identity unique,
    subscription_id   uuid          not null references webhook_subscription (id) on delete cascade,
    application_id    uuid          not null,
    sequence          integer       not null,        -- 1, 2, 3, ... per subscription and application
    event_type        varchar(60)   not null,        -- application.status-changed, ...
    payload           json          not null,        -- the exact body sent (json keeps the text)
    status            varchar(20)   not null,        -- PENDING, DELIVERED, FAILED
    attempts          integer       not null default 0,
    next_attempt_at   timestamptz   not null,
    queued_at         timestamptz   not null,        -- created or re-queued: the give-up clock starts
    created_at        timestamptz   not null,
    last_attempt_at   timestamptz,
    last_status_code  integer,
    last_error        varchar(500),
    delivered_at      timestamptz,
    lease_token       uuid,                          -- the dispatcher instance's claim ...
    lease_until       timestamptz,                   -- ... no other takes the row before this
    unique (subscription_id, application_id, sequence)
);

create index webhook_delivery_due on webhook_delivery (seq) where status = 'PENDING';
create index webhook_delivery_of_application
    on webhook_delivery (subscription_id, application_id, seq);
create index webhook_delivery_by_status on webhook_delivery (status, seq);
