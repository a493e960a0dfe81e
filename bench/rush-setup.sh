# Sourced by the deadline-rush benchmarks after psql_db and CLIENTS are defined: makes the rush
# authors and sets $conf, $track and $type for bench/DeadlineRush.java.
# 50 confirmed authors with the demo password (its hash copied from a demo author). The load
# program logs them all in, then sets the call's deadline to the middle of its run, without grace:
# the server's clock decides.
psql_db -c "insert into account (email, name, affiliation, country, language, password_hash, email_confirmed, created_at, version)
  select 'rush' || g || '@samling.example', 'Rush Author ' || g, 'Aalborg Universitet', 'DK', 'DA', password_hash, true, now(), 0
  from account, generate_series(1, $CLIENTS) g where email = 'author1@samling.example'" >/dev/null
conf=$(psql_db -c "select id from conference where acronym = 'nsw2027'")
track=$(psql_db -c "select min(id) from track where conference_id = $conf")
type=$(psql_db -c "select min(id) from submission_type where conference_id = $conf")
