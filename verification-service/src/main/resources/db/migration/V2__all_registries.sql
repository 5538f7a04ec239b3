-- Issue 4: legal entity, entrepreneur, hunting permit and court checks; withdrawal; waiting evidence.
alter table verification_check add column signer_iin varchar(20);
alter table verification_check add column planned_date date;
alter table verification_check add column unavailable_since timestamptz;
alter table verification_check add column registry_answer text;

-- The wild-taken specimens a hunting-permit check covers, with the permit named for each.
create table check_specimen (
    check_id         uuid           not null references verification_check (id),
    position         integer        not null,
    permit_number    varchar(100),
    scientific_name  varchar(200),
    quantity         numeric(14, 3),
    primary key (check_id, position)
);
