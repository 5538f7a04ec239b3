-- Grace period: an assessed duty that is not covered yet waits until this instant for late
-- payments (bank delays) before it is rejected. Null while the working-day calendar cannot say.
alter table fee_case add column grace_ends_at timestamptz;

create index fee_case_awaiting_payment on fee_case (grace_ends_at) where status = 'ASSESSED';

-- Push notifications of the payment gateway, one row per receipt number (idempotency key).
-- application_id is set when the reference names an application (a UUID), whether or not the
-- application has been submitted yet: applicants pay before they sign and submit.
create table payment_notification (
    receipt_number  varchar(100)  primary key,
    payer_id        varchar(32)   not null,
    amount          numeric(14,2) not null,
    paid_at         timestamptz   not null,
    reference       varchar(200)  not null,
    application_id  uuid,
    signed_at       timestamptz   not null,   -- the gateway's X-Timestamp
    received_at     timestamptz   not null
);

create index payment_notification_paid_at on payment_notification (paid_at);

-- Who set each MCI and when. Seed rows come from the migration (set_by null).
alter table mci add column set_by varchar(64);
alter table mci add column set_at timestamptz;

-- Every change of an MCI through the admin API, append-only.
create table mci_change (
    id              bigserial     primary key,
    year            integer       not null,
    previous_value  numeric(12,2),
    value           numeric(12,2) not null,
    source          text          not null,
    changed_by      varchar(64)   not null,
    changed_at      timestamptz   not null
);
