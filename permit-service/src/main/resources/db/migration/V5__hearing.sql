-- The hearing before a refusal (APC art. 73): a case with a ground found goes to HEARING first.
alter table review_case
    add column hearing      jsonb,          -- the current hearing: notice, deadline, answer or lapse
    add column heard_grounds varchar(200),  -- every ground a hearing was held on (comma-joined)
    -- The end of the term: the original due instant, extended by a hearing when that ends later
    -- (domain.md: the final decision is due on the working day after the hearing ends). The queue
    -- and the overdue alerts go by it; due_at stays the original.
    add column term_ends_at timestamptz;

update review_case set term_ends_at = due_at;

drop index review_case_queue;
create index review_case_queue on review_case (status, term_ends_at);

drop index review_case_overdue;
create index review_case_overdue on review_case (term_ends_at)
    where status in ('COLLECTING', 'IN_REVIEW', 'HEARING') and overdue_notified_at is null;
