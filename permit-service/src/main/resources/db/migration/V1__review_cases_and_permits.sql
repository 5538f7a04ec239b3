-- One review case per application: the three inputs of the decision, kept as they arrive.
create table review_case (
    application_id      uuid         primary key,
    status              varchar(20)  not null,      -- COLLECTING, REFUSED, IN_REVIEW, APPROVED
    registration_number varchar(50),
    due_at              timestamptz,
    application         jsonb,                      -- the ApplicationSnapshot of ApplicationSubmitted
    checks              jsonb,                      -- the CheckResults of VerificationCompleted
    fee_outcome         varchar(20),                -- CONFIRMED, REJECTED
    fee_rejection       varchar(30),                -- FeeRejected.Reason
    fee_amount          numeric(14, 2),
    fee_paid            numeric(14, 2),
    refusal_grounds     varchar(200),               -- comma-separated RefusalGround names
    refusal_reason      text,
    created_at          timestamptz  not null default now(),
    decided_at          timestamptz
);

-- The officer queue (a later issue) reads open cases earliest due first.
create index review_case_queue on review_case (due_at) where status = 'IN_REVIEW';

create table permit (
    id                  uuid         primary key,
    number              varchar(35)  not null unique,
    application_id      uuid         not null unique,   -- one permit per application
    registration_number varchar(50)  not null,
    type                varchar(20)  not null,
    status              varchar(20)  not null,
    issued_at           timestamptz  not null,
    valid_until         date         not null,
    security_code       varchar(16)  not null,
    applicant_iin       varchar(12),
    applicant_bin       varchar(12),
    form                jsonb        not null           -- importer, exporter, purpose, specimens
);

create index permit_applicant_iin on permit (applicant_iin);
create index permit_applicant_bin on permit (applicant_bin);

-- One row per year of issue; the issuing transaction increments it, and the row lock makes
-- concurrent issuers wait, so serials are unique and (as it rolls back with a failed issue) gapless.
create table permit_number_counter (
    year        integer primary key,
    last_serial integer not null
);
