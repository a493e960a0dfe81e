-- Samling schema, version 22: how long a conference keeps personal data that the record does not
-- need (rejected and withdrawn submissions' authors and PDFs, participants' registrations): a number
-- of months after its last day, chosen by its chairs; when the chairs were told a month before, and
-- when it was erased (each done once, whichever node's timer gets the row's lock first).
create table retention_policy (
    conference_id bigint primary key references conference (id),
    months        integer                     not null,
    noticed_at    timestamp(6) with time zone,
    erased_at     timestamp(6) with time zone
);
