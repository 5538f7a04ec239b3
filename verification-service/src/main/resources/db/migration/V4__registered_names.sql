-- Identity data come through the gateway (order No. 282, Annex 2, item 8): the name of the person or
-- company as the registry holds it (Cyrillic) and its Latin transliteration, kept with the check.
alter table verification_check
    add column registered_name       text,
    add column registered_name_latin text;
