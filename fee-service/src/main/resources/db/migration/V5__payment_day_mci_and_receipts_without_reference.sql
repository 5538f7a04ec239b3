-- 1. The duty is 2 MCI in force on the day of payment (Tax Code), not in the registration year.
-- fee_case.amount/mci_* stay the assessment (the duty of a payment made on the registration date);
-- these say which duty a decided case was judged against, and the Kazakhstan date of that payment.
alter table fee_case add column applied_amount    numeric(12,2);
alter table fee_case add column applied_mci_year  integer;
alter table fee_case add column applied_mci_value numeric(12,2);
alter table fee_case add column paid_on           date;

-- Cases decided before this change were judged against the assessed duty.
update fee_case set applied_amount = amount, applied_mci_year = mci_year, applied_mci_value = mci_value
where status in ('CONFIRMED', 'REJECTED');

-- 2. Payments without reference (in cash or by bank transfer), matched on payer, amount and date.
alter table payment_notification alter column reference drop not null;

-- How each notified receipt found its application (see kz.cites.fee.payment.domain.MatchStatus).
alter table payment_notification add column match_status varchar(20);
update payment_notification
set match_status = case when application_id is null then 'UNKNOWN_REFERENCE' else 'REFERENCE' end;
alter table payment_notification alter column match_status set not null;
alter table payment_notification add constraint payment_notification_match_status check (
    match_status in ('REFERENCE', 'UNKNOWN_REFERENCE', 'MATCHED', 'AMBIGUOUS', 'UNMATCHED', 'ASSIGNED'));

-- Who assigned a receipt to an application, and when (officers only).
alter table payment_notification add column assigned_by varchar(64);
alter table payment_notification add column assigned_at timestamptz;

create index payment_notification_waiting on payment_notification (payer_id, paid_at)
    where match_status in ('UNKNOWN_REFERENCE', 'AMBIGUOUS', 'UNMATCHED');

-- The applications that fitted a receipt without reference when it was matched (several: an
-- officer chooses, and until then none of them is rejected as unpaid).
create table receipt_candidate (
    receipt_number  varchar(100)  not null references payment_notification (receipt_number),
    application_id  uuid          not null references fee_case (application_id),
    primary key (receipt_number, application_id)
);

create index receipt_candidate_application on receipt_candidate (application_id);

-- How a receipt that does not name the application came to pay for it: null = by its reference,
-- PAYER_AMOUNT_DATE = matched, OFFICER = assigned.
alter table fee_receipt add column matched_by varchar(20)
    check (matched_by in ('PAYER_AMOUNT_DATE', 'OFFICER'));
