-- Cabinet notifications are written in the reader's language when they are read (issue 14): a
-- notification keeps its kind and the values its text names, no longer an English sentence.
-- Existing rows already hold those values in their own columns: they become the arguments, and
-- the English sentence goes (every sentence of the old kinds is written again from them).
-- APPLICATION_NOT_ACCEPTED rows written before carry no duty code; their text names no cause
-- beyond "the state duty was not paid as required", as the English sentence did.
alter table notification
    add column arguments jsonb not null default '{}'::jsonb;

update notification
   set arguments = jsonb_strip_nulls(jsonb_build_object(
           'registrationNumber', registration_number,
           'permitNumber',       permit_number,
           'dueDate',            to_char(due_date, 'YYYY-MM-DD'),
           'grounds',            nullif(refusal_grounds, ''),
           'reason',             reason));

alter table notification
    drop column message;

comment on column notification.arguments is
    'the values the text of its kind names (notification.<KIND> in the bundles), by name';
