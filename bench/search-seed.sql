-- 100,000 (:docs) generated abstracts for the search benchmark: a third each in Danish, Swedish and
-- English, drawn from inflected social-work vocabularies (so stemming matters), with place names
-- whose spellings fold (Høje-Taastrup, Göteborg). Submitted, in nsw2027's tracks and types.
create temporary table vocab (lang varchar(2), words text[]);
insert into vocab values
 ('DA', array['socialrådgiver','socialrådgivere','socialrådgiveren','socialrådgivernes','barn','barnet','børn','børnene','familie','familien','familier','familierne',
   'anbragte','anbringelse','anbringelser','kommune','kommunen','kommuner','kommunernes','skole','skolen','skoler','netværk','netværket','samarbejde','samarbejdet',
   'forældre','forældrene','unge','udsatte','indsats','indsatsen','indsatser','handleplan','handleplaner','møde','møder','mødet','praksis','forskning','viden',
   'Høje-Taastrup','Aarhus','Odense','Ærø','bostøtte','misbrug','psykiatri','beskæftigelse','jobcenter','jobcentret','ledighed','inklusion','handicap','ældre',
   'pårørende','sagsbehandling','sagsbehandlere','dokumentation','tillid','dialog','metode','metoder','interview','interviews','undersøgelse','resultater','anbragte børn']),
 ('SV', array['socialsekreterare','socialsekreteraren','socialtjänst','socialtjänsten','socialtjänstens','barn','barnet','barnen','familj','familjen','familjer',
   'placering','placeringen','placeringar','kommun','kommunen','kommuner','skola','skolan','skolor','nätverk','samverkan','föräldrar','föräldrarna','unga','vuxna',
   'unga vuxna','insats','insatsen','insatser','utredning','utredningen','utredningar','möte','mötet','praktik','forskning','kunskap','Göteborg','Malmö','Umeå',
   'boende','missbruk','psykiatri','arbete','arbetsförmedlingen','inkludering','funktionshinder','äldre','anhöriga','handläggning','biståndshandläggare',
   'dokumentation','tillit','dialog','metod','metoder','intervju','intervjuer','studie','resultat']),
 ('EN', array['social','worker','workers','social workers','child','children','childrens','family','families','welfare','child welfare','placement','placements',
   'foster','care','school','schools','network','networks','collaboration','parents','young','people','adults','young adults','intervention','interventions',
   'assessment','assessments','meeting','meetings','practice','research','knowledge','housing','older','substance','mental','health','employment','inclusion',
   'disability','supervision','supervisor','supervised','records','record','documentation','trust','dialogue','method','methods','interview','interviews','study',
   'findings','councils','municipal','municipalities','Scotland','England','Wales']);

insert into submission (conference_id, owner_id, title, abstract_text, language, track_id, type_id, state, created_at,
                        updated_at, submitted_at, version)
select :conf, :owner,
       (select array_to_string(array(select v.words[1 + floor(random() * array_length(v.words, 1))::int]
                                     from generate_series(1, 7) w where g > 0), ' ')),
       (select array_to_string(array(select v.words[1 + floor(random() * array_length(v.words, 1))::int]
                                     from generate_series(1, 120) w where g > 0), ' ') || '.'),
       v.lang,
       (select id from track where conference_id = :conf order by id offset (g % 4) limit 1),
       (select id from submission_type where conference_id = :conf order by id offset (g % 4) limit 1),
       'SUBMITTED', now(), now(), now() - make_interval(secs => g), 0
from generate_series(1, :docs) g
join vocab v on v.lang = (array['DA', 'SV', 'EN'])[1 + g % 3];

insert into submission_author (submission_id, position, name, email, affiliation, country, presenting)
select s.id, 0, 'Bench Author ' || s.id, 'bench' || s.id || '@example.org', 'Bench University', 'DK', true
from submission s where s.conference_id = :conf and s.owner_id = :owner and not exists
  (select 1 from submission_author a where a.submission_id = s.id);
analyze submission;
