-- Hibernate Search's outbox-polling coordination (used with OpenSearch, see persistence.xml): the
-- changes waiting to be indexed, written in the transaction that makes them, and the agents (one
-- per node) that share the work. Columns as Hibernate Search 7.2 maps them; Flyway owns the schema.
-- On the embedded Lucene index both tables stay empty.
create table hsearch_outbox_event (
    id           uuid                     not null primary key,
    entityName   varchar(256)             not null,
    entityId     varchar(256)             not null,
    entityIdHash integer                  not null,
    payload      bytea                    not null,
    retries      integer                  not null,
    processAfter timestamp(6) with time zone not null,
    status       varchar(16)              not null,
    tenantId     varchar(255)
);
create index hsearch_outbox_event_hash on hsearch_outbox_event (entityIdHash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_after on hsearch_outbox_event (processAfter);

create table hsearch_agent (
    id                 uuid                     not null primary key,
    type               varchar(64)              not null,
    name               varchar(255)             not null,
    expiration         timestamp(6) with time zone not null,
    state              varchar(16)              not null,
    totalShardCount    integer,
    assignedShardIndex integer,
    payload            bytea,
    tenantId           varchar(255)
);
