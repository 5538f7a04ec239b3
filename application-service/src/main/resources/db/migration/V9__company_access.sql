-- One rule for company access (issue 15): what is filed for a company belongs to the company, and
-- its head and attorneys see it when they sign in for it (the token's BIN); what a person files for
-- themself belongs to the person. owner_bin is the company of a LEGAL_ENTITY's application only
-- (before, a token's BIN was kept on any draft its holder created).
update application
   set owner_bin = null
 where owner_bin is not null
   and content -> 'applicant' ->> 'type' is distinct from 'LEGAL_ENTITY';

create index application_by_company on application (owner_bin, created_at desc)
    where owner_bin is not null;

-- A notification goes to whom the application was filed for: the company's, when it has a BIN.
alter table notification add column recipient_bin varchar(12);

update notification n
   set recipient_bin = a.owner_bin
  from application a
 where a.id = n.application_id;

create index notification_by_company on notification (recipient_bin, created_at desc, seq desc)
    where recipient_bin is not null;
