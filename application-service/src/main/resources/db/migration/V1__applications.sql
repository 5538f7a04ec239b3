-- application-service: the application aggregate, its history and the registration-number sequence.

create table application (
    id                   uuid primary key,          -- also the duty payment reference
    version              bigint       not null,
    owner_iin            varchar(12)  not null,     -- the applicant person on the token
    owner_bin            varchar(12),               -- the company, when acting for one
    status               varchar(20)  not null,
    content              jsonb        not null,     -- the draft body of the API contract
    registration_number  varchar(30)  unique,
    registered_at        timestamptz,
    registration_date    date,
    due_date             date,
    due_at               timestamptz,
    submission_key       varchar(200),              -- Idempotency-Key of the accepted submission
    permit_number        varchar(35),
    refusal_grounds      varchar(200),              -- comma-separated RefusalGround names
    refusal_reason       text,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null
);

create index application_by_owner on application (owner_iin, created_at desc);
create index application_by_status on application (status, created_at desc);

create table application_history (
    application_id  uuid         not null references application (id) on delete cascade,
    entry_index     integer      not null,
    status          varchar(20)  not null,          -- the status after the entry
    occurred_at     timestamptz  not null,
    note            text         not null,
    event           varchar(40)  not null,          -- what caused it; each kind is recorded once
    primary key (application_id, entry_index)
);

-- One counter per registration year: CITES-<year>-<number>.
create table registration_sequence (
    year         integer primary key,
    last_number  bigint  not null
);
