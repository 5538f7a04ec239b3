-- One verification per application; its version serialises concurrent check outcomes so that
-- exactly one transaction completes it.
create table verification (
    application_id       uuid primary key,
    registration_number  varchar(50),
    status               varchar(20)  not null,
    opened_at            timestamptz  not null,
    updated_at           timestamptz  not null,
    completed_at         timestamptz,
    version              bigint       not null
);

create table verification_check (
    id                   uuid primary key,
    application_id       uuid         not null references verification (application_id),
    kind                 varchar(30)  not null,
    subject_id           varchar(20)  not null,
    reference            varchar(100),
    expected_name        varchar(300),
    status               varchar(20)  not null,
    refusal_ground       varchar(40),
    reason               text,
    registry_message_id  varchar(100),
    checked_at           timestamptz,
    attempts             integer      not null default 0,
    unique (application_id, kind)
);

-- The re-check rounds look only at checks without a definite outcome.
create index verification_check_open on verification_check (status)
    where status in ('PENDING', 'UNAVAILABLE');

create table check_receipt (
    check_id        uuid          not null references verification_check (id),
    position        integer       not null,
    receipt_number  varchar(100)  not null,
    payer_id        varchar(20),
    amount          numeric(14, 2),
    paid_at         timestamptz,
    reference       varchar(100),
    primary key (check_id, position)
);
