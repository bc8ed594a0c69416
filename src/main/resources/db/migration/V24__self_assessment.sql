-- Issue 14, "Actors' self-assessment": once a year every active actor's keepers get a signed
-- link to a short form (confirm or correct roles, relationships and contacts; answer the
-- coordinators' questions); coordinators review the proposed changes and apply or reject them.
-- The questions are audited (their wording is what the yearly figures mean); rounds, invitations
-- and responses are records of their own and not audited: an applied change is audited on the
-- entries it changes (role_assignment_aud, actor_relationship_aud, actor_contact_aud).
create table assessment_question (
    id uuid not null primary key,
    version bigint not null,
    text_fi varchar(10000),
    text_sv varchar(10000),
    text_en varchar(10000),
    kind varchar(20) not null,
    position integer not null,
    active boolean not null default true
);

create table assessment_question_aud (
    revtype smallint,
    rev bigint not null references audit_revision,
    id uuid not null,
    text_fi varchar(10000),
    text_sv varchar(10000),
    text_en varchar(10000),
    kind varchar(20),
    position integer,
    active boolean,
    primary key (rev, id)
);

create table assessment_round (
    id uuid not null primary key,
    version bigint not null,
    round_year integer not null,
    opened_at timestamp(6) with time zone not null,
    closes_on date not null,
    opened_by varchar(255),
    constraint assessment_round_year unique (round_year)
);

-- One per actor and round; recipients are the actor's reminder recipients when sent (none: not sent).
create table assessment_invitation (
    id uuid not null primary key,
    version bigint not null,
    round_id uuid not null references assessment_round on delete cascade,
    actor_id uuid not null references actor on delete cascade,
    recipient_count integer not null default 0,
    sent_at timestamp(6) with time zone,
    reminded_at timestamp(6) with time zone,
    answered_at timestamp(6) with time zone,
    constraint assessment_invitation_actor unique (round_id, actor_id)
);
create index assessment_invitation_by_actor on assessment_invitation (actor_id);

create table assessment_response (
    id uuid not null primary key,
    version bigint not null,
    invitation_id uuid not null references assessment_invitation on delete cascade,
    responder_id uuid,
    responder_name varchar(255),
    submitted_at timestamp(6) with time zone not null,
    status varchar(20) not null,
    reviewed_by varchar(255),
    reviewed_at timestamp(6) with time zone,
    review_comment varchar(2000),
    constraint assessment_response_invitation unique (invitation_id)
);

create table assessment_answer (
    response_id uuid not null references assessment_response on delete cascade,
    question_id uuid not null references assessment_question on delete cascade,
    score integer,
    answer_text varchar(2000)
);
create index assessment_answer_response on assessment_answer (response_id);

-- A proposed change: remove an assignment, end a relationship, add one, correct or remove a contact.
create table assessment_correction (
    response_id uuid not null references assessment_response on delete cascade,
    ordinal integer not null,
    kind varchar(30) not null,
    target_id uuid,
    note varchar(2000),
    relationship_type varchar(40),
    other_actor_id uuid,
    name varchar(255),
    title varchar(255),
    email varchar(255),
    phone varchar(255),
    primary key (response_id, ordinal)
);

-- The default questions; coordinators change, reorder and deactivate them on /hallinta/itsearvio.
insert into assessment_question (id, version, text_fi, text_sv, text_en, kind, position, active) values
('6b0f3c1e-2d6a-4f1e-9a51-000000000001', 0, 'Tunnemme ekosysteemin muiden toimijoiden palvelut.',
 'Vi känner till de andra aktörernas tjänster i ekosystemet.', 'We know the services of the other actors in the ecosystem.',
 'SCALE', 0, true),
('6b0f3c1e-2d6a-4f1e-9a51-000000000002', 0, 'Yhteistyö asiakkaiden ohjauksessa toimii.',
 'Samarbetet i vägledningen av kunder fungerar.', 'Cooperation in guiding clients works.', 'SCALE', 1, true),
('6b0f3c1e-2d6a-4f1e-9a51-000000000003', 0, 'Saamme ekosysteemistä tarvitsemamme tiedon ajoissa.',
 'Vi får den information vi behöver från ekosystemet i tid.', 'We get the information we need from the ecosystem in time.',
 'SCALE', 2, true),
('6b0f3c1e-2d6a-4f1e-9a51-000000000004', 0, 'Mitä ekosysteemin pitäisi kehittää?',
 'Vad borde ekosystemet utveckla?', 'What should the ecosystem develop?', 'TEXT', 3, true);
