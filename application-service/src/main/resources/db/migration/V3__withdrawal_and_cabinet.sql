-- application-service: withdrawal, overdue reviews, permit cancellation and the personal cabinet.

alter table application
    add column withdrawn_at                timestamptz,
    add column withdrawal_reason           text,
    add column overdue_since               timestamptz,  -- the review passed its due time
    add column permit_cancelled_at         timestamptz,
    add column permit_cancellation_reason  text;

-- The applicant's personal-cabinet notifications, written in the transaction of the change.
create table notification (
    id                   uuid primary key,
    seq                  bigint generated always as identity unique,  -- ties of created_at
    recipient_iin        varchar(12)  not null,
    application_id       uuid         not null references application (id) on delete cascade,
    kind                 varchar(40)  not null,       -- stable code the portal translates
    message              text         not null,       -- plain-language English text
    registration_number  varchar(30),
    permit_number        varchar(35),
    due_date             date,
    refusal_grounds      varchar(200),                -- comma-separated RefusalGround names
    reason               text,
    created_at           timestamptz  not null,
    read_at              timestamptz
);

create index notification_by_recipient on notification (recipient_iin, created_at desc, seq desc);
