-- Cabinet notifications are written in the reader's language when they are read (issue 14): a
-- notification keeps its kind and the values its text names, no longer an English sentence.
-- Existing rows already hold those values in their own columns: they become the arguments, and
-- the English sentence goes (every sentence of the old kinds is written again from them).
-- APPLICATION_NOT_ACCEPTED rows written before carry no duty code; their text names no cause
-- beyond "the state duty was not paid as required", as the English sentence did. A HEARING_NOTICE
-- takes the meeting of its hearing (V7) back, which its sentence named.
alter table notification
    add column arguments jsonb not null default '{}'::jsonb;

update notification
   set arguments = jsonb_strip_nulls(jsonb_build_object(
           'registrationNumber', registration_number,
           'permitNumber',       permit_number,
           'dueDate',            to_char(due_date, 'YYYY-MM-DD'),
           'grounds',            nullif(refusal_grounds, ''),
           'reason',             reason,
           'answerBy',           to_char(answer_by at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')));

-- A hearing notice named the meeting the officer set, if any: the hearing notified last before it.
update notification n
   set arguments = n.arguments || coalesce(
           (select jsonb_strip_nulls(jsonb_build_object(
                       'meetingAt',    to_char(h.meeting_at at time zone 'UTC',
                                               'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'meetingPlace', h.meeting_place))
              from hearing h
             where h.application_id = n.application_id
               and h.notified_at <= n.created_at
             order by h.notified_at desc
             limit 1),
           '{}'::jsonb)
 where n.kind = 'HEARING_NOTICE';

alter table notification
    drop column message;

comment on column notification.arguments is
    'the values the text of its kind names (notification.<KIND> in the bundles), by name';
