-- Samling schema, version 20: the answers to creating API requests sent with an Idempotency-Key,
-- kept for a day, so that a retry after a lost answer gets the first answer back instead of
-- creating a second submission, on whichever node it lands. The primary key is what makes two
-- requests with one key, arriving together at two nodes, end as one: the second insert waits for
-- the first transaction and then fails.
create table idempotent_request (
    account_id  bigint                      not null references account (id),
    idem_key    varchar(200)                not null,
    fingerprint varchar(64)                 not null,
    status      integer                     not null,
    body        text                        not null,
    created_at  timestamp(6) with time zone not null,
    primary key (account_id, idem_key)
);
create index idempotent_request_created on idempotent_request (created_at);
