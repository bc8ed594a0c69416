-- How the client's handout is made, chosen by the counsellor when sharing the list: the language
-- it is written in (the client's, whatever the counsellor's own), and the client's municipality,
-- whose offices alone it shows (null: every office).

alter table shortlist add column handout_language varchar(2) not null default 'fi'
    check (handout_language in ('fi', 'sv', 'en'));
alter table shortlist add column handout_municipality varchar(255)
    references municipality (code) on delete set null;
