-- Samling schema, version 15: registration owns its seats. One row per session of the published
-- programme: the chairs' limit (none: the room's capacity) and the row whose lock gives the seats one
-- at a time; registration no longer reads or locks the programme's draft rows.

create table registration_session (
    session_id     bigint   primary key,
    conference_id  bigint   not null references conference (id),
    seats          integer,
    version        bigint   not null
);

insert into registration_session (session_id, conference_id, seats, version)
    select id, conference_id, seats, 0 from program_session;

alter table program_session drop column seats;
