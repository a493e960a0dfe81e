-- Samling schema, version 18: when the authors were last told of a change to a submitted abstract,
-- so that a chain of saves sends one notice an hour, not one each.

alter table submission add column change_notice_at timestamp(6) with time zone;
