-- One rule for company access (issue 15): a permit is held by whom the application was filed for,
-- the company (a LEGAL_ENTITY's BIN) or the person. A BIN given on the application of a person or
-- an entrepreneur names no holder (intake now refuses one).
update permit p
   set applicant_bin = null
  from review_case c
 where c.application_id = p.application_id
   and p.applicant_bin is not null
   and c.application -> 'applicant' ->> 'type' is distinct from 'LEGAL_ENTITY';
