-- One row per application, created by whichever input arrives first: the submission (assessment)
-- or the verification (payment evidence). Settlement happens once both are in.
create table fee_case (
    application_id     uuid          primary key,
    status             varchar(20)   not null,   -- OPEN, PENDING_TARIFF, ASSESSED, CONFIRMED, REJECTED
    payer_id           varchar(32),              -- IIN, or BIN for a legal entity; null until submitted
    registration_date  date,
    amount             numeric(12,2),
    currency           varchar(3),
    mci_year           integer,
    mci_value          numeric(12,2),
    multiplier         integer,
    legal_reference    text,
    evidence_at        timestamptz,              -- when the payment evidence (verification) arrived
    paid               numeric(12,2),            -- what counted towards the duty, once settled
    rejection_reason   varchar(30),
    created_at         timestamptz   not null,
    assessed_at        timestamptz,
    settled_at         timestamptz
);

create index fee_case_pending_tariff on fee_case (registration_date) where status = 'PENDING_TARIFF';

-- The receipts of the DUTY_PAYMENT check, as reported, and whether each counted.
create table fee_receipt (
    application_id  uuid          not null references fee_case (application_id),
    receipt_number  varchar(100)  not null,
    payer_id        varchar(32)   not null,
    amount          numeric(14,2) not null,
    paid_at         timestamptz,
    reference       varchar(200),
    counted         boolean       not null,
    primary key (application_id, receipt_number)
);

-- A receipt pays for one application only: the first settlement that counts it claims it.
create table receipt_claim (
    receipt_number  varchar(100)  primary key,
    application_id  uuid          not null references fee_case (application_id),
    claimed_at      timestamptz   not null default now()
);
