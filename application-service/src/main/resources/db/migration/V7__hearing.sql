-- The hearing before a refusal (APC art. 73), as the applicant takes part in it: the notice, the
-- deadline set here from the working calendar, and the applicant's position or the lapse.
create table hearing (
    id                  uuid primary key,              -- permit-service's hearing id
    application_id      uuid         not null references application (id) on delete cascade,
    grounds             varchar(200) not null,         -- comma-separated RefusalGround names
    reason              text         not null,
    automatic           boolean      not null,         -- grounds from the checks, not an officer
    notified_at         timestamptz  not null,
    meeting_at          timestamptz,                   -- a meeting the officer set, if any
    meeting_place       varchar(500),
    answer_by           timestamptz  not null,         -- answers strictly before this are in time
    decision_due_at     timestamptz  not null,         -- the working day after the hearing ends
    answer_text         text,
    answer_document_ids uuid[],
    answered_at         timestamptz,
    lapsed_at           timestamptz
);

create index hearing_by_application on hearing (application_id, notified_at desc);
-- The lapse job looks for open hearings whose deadline passed.
create index hearing_open_deadline on hearing (answer_by) where answered_at is null and lapsed_at is null;

-- The cabinet's hearing notice carries the deadline to answer.
alter table notification add column answer_by timestamptz;
