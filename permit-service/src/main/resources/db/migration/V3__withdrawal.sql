-- The applicant's withdrawal of an undecided case (status WITHDRAWN). A withdrawal may arrive before
-- any other input, so the row can hold nothing but these two columns and the status.
alter table review_case
    add column withdrawn_at      timestamptz,
    add column withdrawal_reason text;
