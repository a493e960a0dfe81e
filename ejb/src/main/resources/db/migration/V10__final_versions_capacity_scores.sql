-- Samling schema, version 10: what accepted authors confirm (who presents, that they come), how
-- many contributions of each type the programme can take, and whether authors see the reviews' scores.

alter table decision add column presenter_name varchar(200);
alter table decision add column presenter_email varchar(320);
alter table decision add column attending boolean;
alter table decision add column confirmed_at timestamp(6) with time zone;
alter table submission_type add column capacity integer;
alter table review_form add column scores_to_authors boolean default false not null;
