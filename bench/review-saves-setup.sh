# Sourced by the review-save benchmarks after psql_db is defined: the load's settings (REVIEWERS,
# SECONDS_RUN, WARMUP, each from the environment or its default), the reviewers and their
# assignments, and $pairs (EMAIL:ASSIGNMENT_ID ...) for bench/ReviewSaves.java.
REVIEWERS=${REVIEWERS:-50}
SECONDS_RUN=${SECONDS_RUN:-60}
WARMUP=${WARMUP:-30}
# 50 confirmed committee members of nsw2027 with the demo password (its hash copied from a demo
# reviewer), each assigned one submitted abstract (round robin), as the pipeline would have it.
conf=$(psql_db -c "select id from conference where acronym = 'nsw2027'")
psql_db -c "insert into account (email, name, affiliation, country, language, password_hash, email_confirmed, created_at, version)
  select 'bench' || g || '@samling.example', 'Bench Reviewer ' || g, 'Bench Institute ' || g, 'NO', 'NB', password_hash, true, now(), 0
  from account, generate_series(1, $REVIEWERS) g where email = 'reviewer3@samling.example'" >/dev/null
psql_db -c "insert into role_grant (account_id, role, conference_id)
  select id, 'REVIEWER', $conf from account where email like 'bench%@samling.example'" >/dev/null
chair=$(psql_db -c "select id from account where email = 'chair@samling.example'")
psql_db -c "insert into assignment (conference_id, submission_id, account_id, source, state, meta_reviewer, assigned_by, assigned_at, version)
  select $conf, s.id, a.id, 'MANUAL', 'ASSIGNED', false, $chair, now(), 0
  from (select id, row_number() over (order by id) - 1 as n from account where email like 'bench%@samling.example') a
  join (select id, row_number() over (order by id) - 1 as n, count(*) over () as total
        from submission where conference_id = $conf and state = 'SUBMITTED') s on s.n = a.n % s.total" >/dev/null
pairs=$(psql_db -F: -c "select a.email, x.id from assignment x join account a on a.id = x.account_id
  where a.email like 'bench%@samling.example' order by a.id")

