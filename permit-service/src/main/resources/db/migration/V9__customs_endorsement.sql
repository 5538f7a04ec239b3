-- Box 14: the customs endorsement of a permit at the border (issue 19). A permit covers one
-- consignment, so one endorsement per permit; the permit is then USED.
alter table permit
    add column endorsement jsonb,
    add column endorsement_document text;

comment on column permit.endorsement is 'Customs endorsement (box 14): shipped quantities per line, border crossing, date, declaration, officer';
comment on column permit.endorsement_document is 'The endorsement as signed (compact JWS sealed by the authority; the customs officer''s CMS in document_signature)';
