-- The e-permit exchange (issue 19 item 4, ADR 0018): the importing country's authority confirms
-- (or refuses) the import of a permit addressed to it, once; the permit's status does not change.
alter table permit
    add column import_confirmation jsonb;

comment on column permit.import_confirmation is 'The importing country''s confirmation: country, confirmed, received quantity per line, date, its import permit, the official';
