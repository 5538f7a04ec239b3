-- A stand-in business table for the messaging tests, and where the test listener writes its effect.
create table note (id uuid primary key, application_id uuid not null, text varchar(200) not null);
create table note_effect (event_id uuid not null, application_id uuid not null);
