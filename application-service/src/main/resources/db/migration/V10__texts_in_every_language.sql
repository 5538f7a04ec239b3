-- What an applicant reads comes in Kazakh, Russian or English (issue 14):
-- 1. Explanations permit-service wrote in every language (an automatic preliminary refusal, an
--    automatic refusal, a non-acceptance) are kept so: {"kk": .., "ru": .., "en": ..}. The reason
--    columns keep one text as before (an officer's own words, or the English of an automatic one);
--    what was decided before has no explanation and reads its reason in every language.
alter table hearing add column explanation jsonb;

alter table application
    add column refusal_explanation      jsonb,
    add column not_accepted_explanation jsonb;

-- 2. A history entry keeps its kind (event) and the values its note names, never an English
--    sentence: the note is written when read, in the reader's language (HistoryNote). The values of
--    the entries written before come from the application's own columns or from their sentences,
--    which the code wrote in fixed shapes; then the sentences go.
alter table application_history
    add column arguments jsonb not null default '{}'::jsonb;

update application_history h
   set arguments = jsonb_strip_nulls(jsonb_build_object(
           'registrationNumber', a.registration_number,
           'registrationDate',   to_char(a.registration_date, 'YYYY-MM-DD'),
           'dueDate',            to_char(a.due_date, 'YYYY-MM-DD')))
  from application a
 where a.id = h.application_id and h.event = 'ApplicationSubmitted';

update application_history h
   set arguments = jsonb_strip_nulls(jsonb_build_object(
           'reason', nullif(btrim(a.withdrawal_reason), '')))
  from application a
 where a.id = h.application_id and h.event = 'ApplicationWithdrawn';

update application_history h
   set arguments = jsonb_strip_nulls(jsonb_build_object('grounds', nullif(a.refusal_grounds, '')))
  from application a
 where a.id = h.application_id and h.event = 'ApplicationRefused';

update application_history
   set arguments = jsonb_build_object(
           'amount',   (regexp_match(note, '^State duty assessed: (\S+) (\S+)$'))[1],
           'currency', (regexp_match(note, '^State duty assessed: (\S+) (\S+)$'))[2])
 where event = 'FeeAssessed' and note ~ '^State duty assessed: \S+ \S+$';

update application_history
   set arguments = jsonb_build_object('permitNumber', (regexp_match(note, '^Permit (\S+) issued$'))[1])
 where event = 'PermitIssued' and note ~ '^Permit \S+ issued$';

update application_history
   set arguments = jsonb_build_object(
           'permitNumber', (regexp_match(note, '^Permit (\S+) cancelled: (.*)$'))[1],
           'reason',       (regexp_match(note, '^Permit (\S+) cancelled: (.*)$'))[2])
 where event = 'PermitCancelled' and note ~ '^Permit \S+ cancelled: ';

update application_history
   set arguments = jsonb_build_object(
           'dueAt', (regexp_match(note, '\(it was due by (\S+)\)$'))[1])
 where event = 'ReviewOverdue' and note ~ '\(it was due by \S+\)$';

update application_history
   set arguments = jsonb_build_object(
           'duty', (regexp_match(note, '^State duty payment not accepted: (\S+)$'))[1])
 where event = 'FeeRejected' and note ~ '^State duty payment not accepted: \S+$';

update application_history
   set arguments = jsonb_build_object(
           'failed', replace((regexp_match(note, '^Registry checks failed: (.+)$'))[1], ', ', ','))
 where event = 'VerificationCompleted' and note ~ '^Registry checks failed: ';

update application_history
   set arguments = jsonb_build_object(
           'grounds', replace((regexp_match(note, 'grounds: ([^)]*)\)'))[1], ', ', ','),
           'answerBy', (regexp_match(note, 'until (\S+)$'))[1])
 where event = 'PreliminaryRefusalNotified' and note ~ 'grounds: [^)]*\); .* until \S+$';

update application_history
   set arguments = jsonb_build_object('documents', (regexp_match(note, 'with (\d+) document'))[1])
 where event = 'HearingAnswered' and note ~ 'with \d+ document';

update application_history
   set arguments = jsonb_build_object('answerBy', (regexp_match(note, '^No position was stated by (\S+);'))[1])
 where event = 'HearingLapsed' and note ~ '^No position was stated by \S+;';

alter table application_history drop column note;

comment on column application_history.arguments is
    'the values the note of its kind names (history.<event> in the bundles), by name';
