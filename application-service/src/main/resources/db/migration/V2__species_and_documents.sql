-- application-service: the CITES species checklist (animals) and the documents of applications.

-- One row per listing: a split listing is several rows of one name, each for its populations.
-- Filled from the shipped fixture on first start and replaced by Species+ imports.
create table species (
    id                    bigserial    primary key,
    scientific_name       varchar(200) not null,   -- the accepted name
    appendix              varchar(3)   not null check (appendix in ('I', 'II', 'III')),
    population_countries  text[]       not null default '{}',  -- ISO codes; empty = all others
    population_note       text,
    taxon_class           varchar(100),
    common_name_en        text,                    -- several names separated by '; '
    common_name_ru        text,
    common_name_kk        text,
    synonyms              text[]       not null default '{}',
    source                varchar(100) not null,   -- 'fixture' or 'species+ <import time>'
    imported_at           timestamptz  not null,
    unique (scientific_name, appendix, population_countries)
);

-- Files in the database: never a path a client chose. The content is read only for downloads.
create table application_document (
    id              uuid         primary key,
    application_id  uuid         not null references application (id) on delete cascade,
    type            varchar(40)  not null,
    media_type      varchar(40)  not null,          -- recognised from the bytes, not the name
    size_bytes      bigint       not null,
    sha256          char(64)     not null,          -- lower-case hex
    file_name       varchar(200),                   -- display only, sanitised
    uploaded_at     timestamptz  not null,
    content         bytea        not null
);

create index application_document_by_application on application_document (application_id, uploaded_at);
