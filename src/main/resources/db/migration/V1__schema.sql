-- Ekokartta schema: the whole domain model and its Envers history tables (*_aud).
-- Generated from the entity mappings once, then owned by Flyway; later changes are new migrations.

create table action_item (
    due date,
    position integer check ((position>=0)),
    version bigint not null,
    id uuid not null,
    meeting_id uuid not null,
    owner_id uuid,
    description varchar(4000) not null,
    status varchar(255) not null check ((status in ('OPEN','DONE'))),
    primary key (id)
);

create table actor (
    responsibility_last_reviewed date,
    responsibility_review_interval_months integer,
    last_modified timestamp(6) with time zone not null,
    version bigint not null,
    id uuid not null,
    parent_id uuid,
    responsibility_responsible_actor_id uuid,
    responsibility_responsible_user_id uuid,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    alternate_name varchar(255),
    business_id varchar(255),
    email varchar(255),
    phone varchar(255),
    responsibility_responsible_email varchar(255),
    responsibility_responsible_person varchar(255),
    sector varchar(255) check ((sector in ('MUNICIPALITY','EMPLOYMENT_AREA','WELLBEING_COUNTY','STATE_AGENCY','EDUCATION','THIRD_SECTOR','COMPANY','PRIVATE_PROVIDER','PROJECT'))),
    website varchar(255),
    primary key (id)
);

create table actor_contact (
    position integer check ((position>=0)),
    version bigint not null,
    actor_id uuid not null,
    id uuid not null,
    person_department varchar(255),
    person_email varchar(255),
    person_name varchar(255),
    person_phone varchar(255),
    person_title varchar(255),
    visibility varchar(255) check ((visibility in ('PUBLIC','STAFF'))),
    primary key (id)
);

create table actor_municipality (
    actor_id uuid not null,
    municipalities_code varchar(255) not null,
    primary key (actor_id, municipalities_code)
);

create table actor_relationship (
    version bigint not null,
    id uuid not null,
    source_id uuid not null,
    target_id uuid not null,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    type varchar(255) not null check ((type in ('REFERS_CLIENTS_TO','PARTNERS_WITH','FUNDS','COORDINATES','PART_OF'))),
    primary key (id)
);

create table app_user (
    enabled boolean not null,
    version bigint not null,
    id uuid not null,
    display_name varchar(255),
    email varchar(255),
    password_hash varchar(255) not null,
    role varchar(255) not null check ((role in ('ADMIN','COORDINATOR','MAINTAINER','COUNSELLOR'))),
    username varchar(255) not null unique,
    primary key (id)
);

create table app_user_organization (
    app_user_id uuid not null,
    organizations_id uuid not null,
    primary key (app_user_id, organizations_id)
);

create table audit_revision (
    id bigint not null,
    timestamp bigint not null,
    username varchar(255),
    primary key (id)
);

create sequence audit_revision_seq start with 1 increment by 1;

create table calendar_event (
    public_event boolean not null,
    ends_at timestamp(6),
    starts_at timestamp(6) not null,
    version bigint not null,
    forum_id uuid,
    id uuid not null,
    organizer_id uuid,
    online_url varchar(2000),
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    title_en varchar(10000),
    title_fi varchar(10000),
    title_sv varchar(10000),
    category varchar(255) not null check ((category in ('ECOSYSTEM_FORUM','FORESIGHT_FORUM','STEERING_GROUP','NETWORK_MEETING','TRAINING','RECRUITMENT_EVENT','DEADLINE'))),
    location varchar(255),
    recurrence varchar(255),
    primary key (id)
);

create table forum (
    version bigint not null,
    coordinator_id uuid,
    id uuid not null,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    type varchar(255) not null check ((type in ('ECOSYSTEM_FORUM','FORESIGHT_FORUM','NETWORK','STEERING_GROUP'))),
    primary key (id)
);

create table forum_member (
    forum_id uuid not null,
    members_id uuid not null,
    primary key (forum_id, members_id)
);

create table meeting (
    ends_at timestamp(6),
    starts_at timestamp(6) not null,
    version bigint not null,
    forum_id uuid not null,
    id uuid not null,
    online_url varchar(2000),
    minutes varchar(20000),
    location varchar(255),
    title varchar(255) not null,
    primary key (id)
);

create table meeting_agenda_item (
    position integer not null check ((position>=0)),
    meeting_id uuid not null,
    item varchar(2000) not null,
    primary key (position, meeting_id)
);

create table meeting_decision (
    position integer not null check ((position>=0)),
    meeting_id uuid not null,
    decision varchar(4000) not null,
    primary key (position, meeting_id)
);

create table meeting_participant (
    position integer check ((position>=0)),
    version bigint not null,
    actor_id uuid not null,
    id uuid not null,
    meeting_id uuid not null,
    attendance varchar(255) not null check ((attendance in ('INVITED','PRESENT','ABSENT','EXCUSED'))),
    representative varchar(255),
    primary key (id)
);

create table municipality (
    in_employment_area boolean not null,
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    code varchar(255) not null,
    primary key (code)
);

create table offering (
    assured_date date,
    maximum_age integer,
    minimum_age integer,
    responsibility_last_reviewed date,
    responsibility_review_interval_months integer,
    valid_from date,
    valid_to date,
    last_modified timestamp(6) with time zone not null,
    version bigint not null,
    id uuid not null,
    provider_id uuid not null,
    responsibility_responsible_actor_id uuid,
    responsibility_responsible_user_id uuid,
    funding varchar(2000),
    cost_description_en varchar(10000),
    cost_description_fi varchar(10000),
    cost_description_sv varchar(10000),
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    eligibility_en varchar(10000),
    eligibility_fi varchar(10000),
    eligibility_sv varchar(10000),
    how_to_get_there_en varchar(10000),
    how_to_get_there_fi varchar(10000),
    how_to_get_there_sv varchar(10000),
    internal_note_en varchar(10000),
    internal_note_fi varchar(10000),
    internal_note_sv varchar(10000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    referral_instructions_en varchar(10000),
    referral_instructions_fi varchar(10000),
    referral_instructions_sv varchar(10000),
    summary_en varchar(10000),
    summary_fi varchar(10000),
    summary_sv varchar(10000),
    access varchar(255) check ((access in ('SELF_REFERRAL','REFERRAL','BOTH'))),
    assurer varchar(255),
    charge_type varchar(255) check ((charge_type in ('FREE','CHARGEABLE','OTHER'))),
    responsibility_responsible_email varchar(255),
    responsibility_responsible_person varchar(255),
    status varchar(255) not null check ((status in ('DRAFT','PUBLISHED','ARCHIVED'))),
    primary key (id)
);

create table offering_class (
    classes_id uuid not null,
    offering_id uuid not null,
    primary key (classes_id, offering_id)
);

create table offering_co_producer (
    co_producers_id uuid not null,
    offering_id uuid not null,
    primary key (co_producers_id, offering_id)
);

create table offering_keyword (
    keywords_language varchar(8) not null,
    offering_id uuid not null,
    keywords_word varchar(255) not null,
    primary key (keywords_language, offering_id, keywords_word)
);

create table offering_language (
    language_code varchar(8) not null,
    offering_id uuid not null,
    primary key (offering_id, language_code)
);

create table offering_municipality (
    offering_id uuid not null,
    municipalities_code varchar(255) not null,
    primary key (offering_id, municipalities_code)
);

create table offering_target_group (
    offering_id uuid not null,
    target_groups_id uuid not null,
    primary key (offering_id, target_groups_id)
);

create table opening_hours (
    closes time(0),
    opens time(0),
    position integer check ((position>=0)),
    version bigint not null,
    channel_id uuid not null,
    id uuid not null,
    note varchar(255),
    weekdays varchar(255),
    primary key (id)
);

create table roadmap_action (
    due date,
    position integer check ((position>=0)),
    starts_on date,
    version bigint not null,
    goal_id uuid not null,
    id uuid not null,
    owner_id uuid,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    title_en varchar(10000),
    title_fi varchar(10000),
    title_sv varchar(10000),
    status varchar(255) not null check ((status in ('PLANNED','IN_PROGRESS','DONE'))),
    primary key (id)
);

create table roadmap_goal (
    ends_on date,
    starts_on date,
    version bigint not null,
    id uuid not null,
    owner_id uuid,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    title_en varchar(10000),
    title_fi varchar(10000),
    title_sv varchar(10000),
    status varchar(255) not null check ((status in ('PLANNED','IN_PROGRESS','DONE'))),
    primary key (id)
);

create table role (
    version bigint not null,
    id uuid not null,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    primary key (id)
);

create table role_assignment (
    version bigint not null,
    actor_id uuid not null,
    id uuid not null,
    role_id uuid not null,
    responsibilities_en varchar(10000),
    responsibilities_fi varchar(10000),
    responsibilities_sv varchar(10000),
    contact_department varchar(255),
    contact_email varchar(255),
    contact_name varchar(255),
    contact_phone varchar(255),
    contact_title varchar(255),
    primary key (id)
);

create table role_assignment_municipality (
    role_assignment_id uuid not null,
    municipalities_code varchar(255) not null,
    primary key (role_assignment_id, municipalities_code)
);

create table role_assignment_target_group (
    role_assignment_id uuid not null,
    target_groups_id uuid not null,
    primary key (role_assignment_id, target_groups_id)
);

create table service_channel (
    latitude float(53),
    longitude float(53),
    position integer check ((position>=0)),
    version bigint not null,
    id uuid not null,
    offering_id uuid not null,
    url varchar(2000),
    accessibility varchar(4000),
    transportation varchar(4000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    city varchar(255),
    email varchar(255),
    phone varchar(255),
    postal_code varchar(255),
    street_address varchar(255),
    type varchar(255) not null check ((type in ('VISITING_ADDRESS','PHONE','EMAIL','WEB','E_SERVICE','CHAT','REMOTE'))),
    primary key (id)
);

create table service_contact (
    position integer check ((position>=0)),
    version bigint not null,
    id uuid not null,
    offering_id uuid not null,
    person_department varchar(255),
    person_email varchar(255),
    person_name varchar(255),
    person_phone varchar(255),
    person_title varchar(255),
    visibility varchar(255) check ((visibility in ('PUBLIC','STAFF'))),
    primary key (id)
);

create table target_group (
    version bigint not null,
    id uuid not null,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    code varchar(255) unique,
    primary key (id)
);

create table taxonomy_term (
    version bigint not null,
    id uuid not null,
    parent_id uuid,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    code varchar(255),
    ptv_class varchar(255),
    taxonomy varchar(255) not null,
    term_uri varchar(255),
    primary key (id)
);

create table action_item_aud (
    due date,
    position integer,
    revtype smallint,
    rev bigint not null,
    id uuid not null,
    meeting_id uuid,
    owner_id uuid,
    description varchar(4000),
    status varchar(255) check ((status in ('OPEN','DONE'))),
    primary key (rev, id)
);

create table actor_aud (
    responsibility_last_reviewed date,
    responsibility_review_interval_months integer,
    revtype smallint,
    last_modified timestamp(6) with time zone,
    rev bigint not null,
    id uuid not null,
    parent_id uuid,
    responsibility_responsible_actor_id uuid,
    responsibility_responsible_user_id uuid,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    alternate_name varchar(255),
    business_id varchar(255),
    email varchar(255),
    phone varchar(255),
    responsibility_responsible_email varchar(255),
    responsibility_responsible_person varchar(255),
    sector varchar(255) check ((sector in ('MUNICIPALITY','EMPLOYMENT_AREA','WELLBEING_COUNTY','STATE_AGENCY','EDUCATION','THIRD_SECTOR','COMPANY','PRIVATE_PROVIDER','PROJECT'))),
    website varchar(255),
    primary key (rev, id)
);

create table actor_contact_aud (
    position integer,
    revtype smallint,
    rev bigint not null,
    actor_id uuid,
    id uuid not null,
    person_department varchar(255),
    person_email varchar(255),
    person_name varchar(255),
    person_phone varchar(255),
    person_title varchar(255),
    visibility varchar(255) check ((visibility in ('PUBLIC','STAFF'))),
    primary key (rev, id)
);

create table actor_municipality_aud (
    revtype smallint,
    rev bigint not null,
    actor_id uuid not null,
    municipalities_code varchar(255) not null,
    primary key (rev, actor_id, municipalities_code)
);

create table actor_relationship_aud (
    revtype smallint,
    rev bigint not null,
    id uuid not null,
    source_id uuid,
    target_id uuid,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    type varchar(255) check ((type in ('REFERS_CLIENTS_TO','PARTNERS_WITH','FUNDS','COORDINATES','PART_OF'))),
    primary key (rev, id)
);

create table calendar_event_aud (
    public_event boolean,
    revtype smallint,
    ends_at timestamp(6),
    rev bigint not null,
    starts_at timestamp(6),
    forum_id uuid,
    id uuid not null,
    organizer_id uuid,
    online_url varchar(2000),
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    title_en varchar(10000),
    title_fi varchar(10000),
    title_sv varchar(10000),
    category varchar(255) check ((category in ('ECOSYSTEM_FORUM','FORESIGHT_FORUM','STEERING_GROUP','NETWORK_MEETING','TRAINING','RECRUITMENT_EVENT','DEADLINE'))),
    location varchar(255),
    recurrence varchar(255),
    primary key (rev, id)
);

create table forum_aud (
    revtype smallint,
    rev bigint not null,
    coordinator_id uuid,
    id uuid not null,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    type varchar(255) check ((type in ('ECOSYSTEM_FORUM','FORESIGHT_FORUM','NETWORK','STEERING_GROUP'))),
    primary key (rev, id)
);

create table forum_member_aud (
    revtype smallint,
    rev bigint not null,
    forum_id uuid not null,
    members_id uuid not null,
    primary key (rev, forum_id, members_id)
);

create table meeting_agenda_item_aud (
    position integer not null,
    revtype smallint,
    rev bigint not null,
    meeting_id uuid not null,
    item varchar(2000) not null,
    primary key (position, rev, meeting_id, item)
);

create table meeting_aud (
    revtype smallint,
    ends_at timestamp(6),
    rev bigint not null,
    starts_at timestamp(6),
    forum_id uuid,
    id uuid not null,
    online_url varchar(2000),
    minutes varchar(20000),
    location varchar(255),
    title varchar(255),
    primary key (rev, id)
);

create table meeting_decision_aud (
    position integer not null,
    revtype smallint,
    rev bigint not null,
    meeting_id uuid not null,
    decision varchar(4000) not null,
    primary key (position, rev, meeting_id, decision)
);

create table meeting_participant_aud (
    position integer,
    revtype smallint,
    rev bigint not null,
    actor_id uuid,
    id uuid not null,
    meeting_id uuid,
    attendance varchar(255) check ((attendance in ('INVITED','PRESENT','ABSENT','EXCUSED'))),
    representative varchar(255),
    primary key (rev, id)
);

create table offering_aud (
    assured_date date,
    maximum_age integer,
    minimum_age integer,
    responsibility_last_reviewed date,
    responsibility_review_interval_months integer,
    revtype smallint,
    valid_from date,
    valid_to date,
    last_modified timestamp(6) with time zone,
    rev bigint not null,
    id uuid not null,
    provider_id uuid,
    responsibility_responsible_actor_id uuid,
    responsibility_responsible_user_id uuid,
    funding varchar(2000),
    cost_description_en varchar(10000),
    cost_description_fi varchar(10000),
    cost_description_sv varchar(10000),
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    eligibility_en varchar(10000),
    eligibility_fi varchar(10000),
    eligibility_sv varchar(10000),
    how_to_get_there_en varchar(10000),
    how_to_get_there_fi varchar(10000),
    how_to_get_there_sv varchar(10000),
    internal_note_en varchar(10000),
    internal_note_fi varchar(10000),
    internal_note_sv varchar(10000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    referral_instructions_en varchar(10000),
    referral_instructions_fi varchar(10000),
    referral_instructions_sv varchar(10000),
    summary_en varchar(10000),
    summary_fi varchar(10000),
    summary_sv varchar(10000),
    access varchar(255) check ((access in ('SELF_REFERRAL','REFERRAL','BOTH'))),
    assurer varchar(255),
    charge_type varchar(255) check ((charge_type in ('FREE','CHARGEABLE','OTHER'))),
    responsibility_responsible_email varchar(255),
    responsibility_responsible_person varchar(255),
    status varchar(255) check ((status in ('DRAFT','PUBLISHED','ARCHIVED'))),
    primary key (rev, id)
);

create table offering_class_aud (
    revtype smallint,
    rev bigint not null,
    classes_id uuid not null,
    offering_id uuid not null,
    primary key (rev, classes_id, offering_id)
);

create table offering_co_producer_aud (
    revtype smallint,
    rev bigint not null,
    co_producers_id uuid not null,
    offering_id uuid not null,
    primary key (rev, co_producers_id, offering_id)
);

create table offering_keyword_aud (
    original_id_revtype smallint not null,
    setordinal integer not null,
    keywords_language varchar(8),
    rev bigint not null,
    offering_id uuid not null,
    keywords_word varchar(255),
    primary key (original_id_revtype, setordinal, rev, offering_id)
);

create table offering_language_aud (
    revtype smallint,
    language_code varchar(8) not null,
    rev bigint not null,
    offering_id uuid not null,
    primary key (language_code, rev, offering_id)
);

create table offering_municipality_aud (
    revtype smallint,
    rev bigint not null,
    offering_id uuid not null,
    municipalities_code varchar(255) not null,
    primary key (rev, offering_id, municipalities_code)
);

create table offering_target_group_aud (
    revtype smallint,
    rev bigint not null,
    offering_id uuid not null,
    target_groups_id uuid not null,
    primary key (rev, offering_id, target_groups_id)
);

create table opening_hours_aud (
    closes time(0),
    opens time(0),
    position integer,
    revtype smallint,
    rev bigint not null,
    channel_id uuid,
    id uuid not null,
    note varchar(255),
    weekdays varchar(255),
    primary key (rev, id)
);

create table roadmap_action_aud (
    due date,
    position integer,
    revtype smallint,
    starts_on date,
    rev bigint not null,
    goal_id uuid,
    id uuid not null,
    owner_id uuid,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    title_en varchar(10000),
    title_fi varchar(10000),
    title_sv varchar(10000),
    status varchar(255) check ((status in ('PLANNED','IN_PROGRESS','DONE'))),
    primary key (rev, id)
);

create table roadmap_goal_aud (
    ends_on date,
    revtype smallint,
    starts_on date,
    rev bigint not null,
    id uuid not null,
    owner_id uuid,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    title_en varchar(10000),
    title_fi varchar(10000),
    title_sv varchar(10000),
    status varchar(255) check ((status in ('PLANNED','IN_PROGRESS','DONE'))),
    primary key (rev, id)
);

create table role_assignment_aud (
    revtype smallint,
    rev bigint not null,
    actor_id uuid,
    id uuid not null,
    role_id uuid,
    responsibilities_en varchar(10000),
    responsibilities_fi varchar(10000),
    responsibilities_sv varchar(10000),
    contact_department varchar(255),
    contact_email varchar(255),
    contact_name varchar(255),
    contact_phone varchar(255),
    contact_title varchar(255),
    primary key (rev, id)
);

create table role_assignment_municipality_aud (
    revtype smallint,
    rev bigint not null,
    role_assignment_id uuid not null,
    municipalities_code varchar(255) not null,
    primary key (rev, role_assignment_id, municipalities_code)
);

create table role_assignment_target_group_aud (
    revtype smallint,
    rev bigint not null,
    role_assignment_id uuid not null,
    target_groups_id uuid not null,
    primary key (rev, role_assignment_id, target_groups_id)
);

create table role_aud (
    revtype smallint,
    rev bigint not null,
    id uuid not null,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    primary key (rev, id)
);

create table service_channel_aud (
    latitude float(53),
    longitude float(53),
    position integer,
    revtype smallint,
    rev bigint not null,
    id uuid not null,
    offering_id uuid,
    url varchar(2000),
    accessibility varchar(4000),
    transportation varchar(4000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    city varchar(255),
    email varchar(255),
    phone varchar(255),
    postal_code varchar(255),
    street_address varchar(255),
    type varchar(255) check ((type in ('VISITING_ADDRESS','PHONE','EMAIL','WEB','E_SERVICE','CHAT','REMOTE'))),
    primary key (rev, id)
);

create table service_contact_aud (
    position integer,
    revtype smallint,
    rev bigint not null,
    id uuid not null,
    offering_id uuid,
    person_department varchar(255),
    person_email varchar(255),
    person_name varchar(255),
    person_phone varchar(255),
    person_title varchar(255),
    visibility varchar(255) check ((visibility in ('PUBLIC','STAFF'))),
    primary key (rev, id)
);

create table target_group_aud (
    revtype smallint,
    rev bigint not null,
    id uuid not null,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    code varchar(255),
    primary key (rev, id)
);

create table taxonomy_term_aud (
    revtype smallint,
    rev bigint not null,
    id uuid not null,
    parent_id uuid,
    description_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    name_en varchar(10000),
    name_fi varchar(10000),
    name_sv varchar(10000),
    code varchar(255),
    ptv_class varchar(255),
    taxonomy varchar(255),
    term_uri varchar(255),
    primary key (rev, id)
);

alter table action_item_aud add constraint FKshb945idd4bud4byu5qa8ov7r foreign key (rev) references audit_revision;
alter table action_item add constraint FK3vrewwnjfp8y0xv0b4ammr0pw foreign key (meeting_id) references meeting;
alter table action_item add constraint FKfh6hkom6ka4c7m0nonh9egqkf foreign key (owner_id) references actor;
alter table actor add constraint FK7f7fip1kfpvf8d7tv6wb8ro57 foreign key (parent_id) references actor;
alter table actor add constraint FK9t5ff8nmf6i2jd3vytoe6kxvq foreign key (responsibility_responsible_actor_id) references actor;
alter table actor add constraint FK2ice6abbppow3brj871kj49r7 foreign key (responsibility_responsible_user_id) references app_user;
alter table actor_aud add constraint FKa58iprmi0ibh4s4u2c51nvy9y foreign key (rev) references audit_revision;
alter table actor_contact_aud add constraint FKmestm1f3hwqg267jf692a22vu foreign key (rev) references audit_revision;
alter table actor_municipality add constraint FKnxc83ce65vglpp6cmav5ey7rh foreign key (municipalities_code) references municipality;
alter table actor_municipality add constraint FK139h1kqaji5johwdqdh93hv9i foreign key (actor_id) references actor;
alter table actor_municipality_aud add constraint FK69mn65txaukjg8ifr57pt4gkx foreign key (rev) references audit_revision;
alter table actor_relationship_aud add constraint FK88j1fgh2tesxuugsv4xb7fnc3 foreign key (rev) references audit_revision;
alter table actor_contact add constraint FKery0eo357w0r7p3pn1fwexbeq foreign key (actor_id) references actor;
alter table actor_relationship add constraint FKt2moc3lyfg24k7c9hkv0c2ff9 foreign key (source_id) references actor;
alter table actor_relationship add constraint FKm6wh01jlym6nq92lqm8v6cjo foreign key (target_id) references actor;
alter table app_user_organization add constraint FKcjhti46fo1d71x9618uqf0jha foreign key (organizations_id) references actor;
alter table app_user_organization add constraint FKecrmtdbmmg80q2gv3fc3dtxue foreign key (app_user_id) references app_user;
alter table calendar_event_aud add constraint FKmnnyiik1jx4whko0296j1lv8g foreign key (rev) references audit_revision;
alter table calendar_event add constraint FKko5b9gc4hmykm5ikv33s0sqmm foreign key (forum_id) references forum;
alter table calendar_event add constraint FKni9997mpok4codkehq7g2fa48 foreign key (organizer_id) references actor;
alter table forum add constraint FKpcpboc6n4uf4hd58l8lj5g8lj foreign key (coordinator_id) references actor;
alter table forum_aud add constraint FKov7thkyvvyv3a5oitk5evqq81 foreign key (rev) references audit_revision;
alter table forum_member add constraint FKudhhtyb35rqs66pqk1ic9job foreign key (members_id) references actor;
alter table forum_member add constraint FK86l4f64t1wrap4ddcde7x9ifl foreign key (forum_id) references forum;
alter table forum_member_aud add constraint FK43m4eb61cr759c2h75jrjwfce foreign key (rev) references audit_revision;
alter table meeting add constraint FKlriws35eko7rrpk0e8xt8dghh foreign key (forum_id) references forum;
alter table meeting_agenda_item add constraint FK3h70tdsbghij77xqk46theb8q foreign key (meeting_id) references meeting;
alter table meeting_agenda_item_aud add constraint FK6p2fug0267hjh6x4gseyw0fpg foreign key (rev) references audit_revision;
alter table meeting_aud add constraint FKdofmjf4qksjp63gyhsiay8s51 foreign key (rev) references audit_revision;
alter table meeting_decision add constraint FK8nosq50a6as0vcs8y3stvog5y foreign key (meeting_id) references meeting;
alter table meeting_decision_aud add constraint FKijseg5gehuc8jpv60vmtmc5nn foreign key (rev) references audit_revision;
alter table meeting_participant_aud add constraint FK38n2b05afno7bg5bj1hxksg70 foreign key (rev) references audit_revision;
alter table meeting_participant add constraint FKaqukjrftb219y4q9vblr6woo7 foreign key (actor_id) references actor;
alter table meeting_participant add constraint FK26jnnkay5w0sko7x7kqu17xbr foreign key (meeting_id) references meeting;
alter table offering add constraint FKhjd27o8dtix7hqtp2o69xv9pa foreign key (provider_id) references actor;
alter table offering add constraint FKp3cg4gnrodw1o9gh39yh2n817 foreign key (responsibility_responsible_actor_id) references actor;
alter table offering add constraint FKm20o0yf0ufefgxj0gl3tb2sl7 foreign key (responsibility_responsible_user_id) references app_user;
alter table offering_aud add constraint FKi4upta9tyrnm7xu7imv0tmc8x foreign key (rev) references audit_revision;
alter table offering_class add constraint FK9q3grqemd2nkby1edxjsta0v0 foreign key (classes_id) references taxonomy_term;
alter table offering_class add constraint FKo6beyrckmoan6yn57kxfmyr0t foreign key (offering_id) references offering;
alter table offering_class_aud add constraint FK9aboafsc3dvpoqm94gkc90ti3 foreign key (rev) references audit_revision;
alter table offering_co_producer add constraint FKscreituu46y97f983bplcx9bj foreign key (co_producers_id) references actor;
alter table offering_co_producer add constraint FK2eh8r1wcal4cwefw1td88foij foreign key (offering_id) references offering;
alter table offering_co_producer_aud add constraint FKqifu7o3uguls3v9kmlqbq5rka foreign key (rev) references audit_revision;
alter table offering_keyword add constraint FKpntkwn89h2f1wkrcf6l2eukyd foreign key (offering_id) references offering;
alter table offering_keyword_aud add constraint FKhw7eiri2klxoatcdovnf1bkut foreign key (rev) references audit_revision;
alter table offering_language add constraint FK7mshe1icqaxkhuf0bdx5i6ueq foreign key (offering_id) references offering;
alter table offering_language_aud add constraint FKh47fl3mk2xrh5o5ptvef3bhps foreign key (rev) references audit_revision;
alter table offering_municipality add constraint FKdo1ds0c732t16yqphe7969fmw foreign key (municipalities_code) references municipality;
alter table offering_municipality add constraint FKbwro3p0slpv57v7kxvgyitsbq foreign key (offering_id) references offering;
alter table offering_municipality_aud add constraint FKqs79bbtb45wyvtmhqlliaa7av foreign key (rev) references audit_revision;
alter table offering_target_group add constraint FK9d92w4797nw9jjwf2tckqkha4 foreign key (target_groups_id) references target_group;
alter table offering_target_group add constraint FK4yi3gc486y20cgho89fc25axx foreign key (offering_id) references offering;
alter table offering_target_group_aud add constraint FK1pb2o8k5srj3cicuqf1gdjc14 foreign key (rev) references audit_revision;
alter table opening_hours_aud add constraint FKn2dgi9yq3f26moip0yf58rlsb foreign key (rev) references audit_revision;
alter table opening_hours add constraint FKm7fknuwlupk7iv1ry5n6a9e4l foreign key (channel_id) references service_channel;
alter table roadmap_action_aud add constraint FK62py3b8n3e6vceffbgtgdwne5 foreign key (rev) references audit_revision;
alter table roadmap_goal_aud add constraint FK6fasckvcunqvvcx3j2vftmnsu foreign key (rev) references audit_revision;
alter table roadmap_action add constraint FKhsmoqjxphbqv81h22ulymlyfb foreign key (goal_id) references roadmap_goal;
alter table roadmap_action add constraint FKp8f1yd9meot2112i3if5ftnas foreign key (owner_id) references actor;
alter table roadmap_goal add constraint FKnp4mefignbry5woafu9xdwg9e foreign key (owner_id) references actor;
alter table role_assignment_aud add constraint FKgthmmiq6esbctfjwuspvxyvf2 foreign key (rev) references audit_revision;
alter table role_assignment_municipality add constraint FKj4a11y7m4gn60usquagvm2xpj foreign key (municipalities_code) references municipality;
alter table role_assignment_municipality add constraint FK3wxws6aqibt4konlmnywbr3v2 foreign key (role_assignment_id) references role_assignment;
alter table role_assignment_municipality_aud add constraint FKae2itkypxg1htmif8kwawt102 foreign key (rev) references audit_revision;
alter table role_assignment_target_group add constraint FKlpbde23a8gny247cigfxuopwv foreign key (target_groups_id) references target_group;
alter table role_assignment_target_group add constraint FKj4qocq8469k7ye8lj9d08ym2f foreign key (role_assignment_id) references role_assignment;
alter table role_assignment_target_group_aud add constraint FKdvmdewo6j0928matr5lkp1rcb foreign key (rev) references audit_revision;
alter table role_aud add constraint FK7fgbjgn0i4rua9l7pmk0b6n33 foreign key (rev) references audit_revision;
alter table role_assignment add constraint FKbiy7aob4jlxtbx9poi3fl1xnw foreign key (actor_id) references actor;
alter table role_assignment add constraint FK7toru0g6k5waujjwl06xd2hgt foreign key (role_id) references role;
alter table service_channel_aud add constraint FKo48ie5sg59m64l5r7bqbbgqyw foreign key (rev) references audit_revision;
alter table service_contact_aud add constraint FK96hs2h6himcb0s18nh7w0hn2q foreign key (rev) references audit_revision;
alter table service_channel add constraint FKpxcjuyer8na5pxko4v3svbdmf foreign key (offering_id) references offering;
alter table service_contact add constraint FKaheivxeo6m49p9i72jtk31854 foreign key (offering_id) references offering;
alter table target_group_aud add constraint FKbb6fkbctkebe8m0nlhf8qvpd3 foreign key (rev) references audit_revision;
alter table taxonomy_term_aud add constraint FKpj1gvc5ewqqf6lk8usm6025k7 foreign key (rev) references audit_revision;
alter table taxonomy_term add constraint FKnqnio5s76rqt4fn6h4isjoa5o foreign key (parent_id) references taxonomy_term;

create index offering_provider_idx on offering (provider_id);
create index offering_status_idx on offering (status);
create index offering_responsible_actor_idx on offering (responsibility_responsible_actor_id);
create index actor_parent_idx on actor (parent_id);
create index actor_responsible_actor_idx on actor (responsibility_responsible_actor_id);
create index service_channel_offering_idx on service_channel (offering_id);
create index service_contact_offering_idx on service_contact (offering_id);
create index actor_contact_actor_idx on actor_contact (actor_id);
create index opening_hours_channel_idx on opening_hours (channel_id);
create index offering_class_offering_idx on offering_class (offering_id);
create index offering_target_group_target_groups_idx on offering_target_group (target_groups_id);
create index offering_municipality_municipalities_code_idx on offering_municipality (municipalities_code);
create index offering_co_producer_offering_idx on offering_co_producer (offering_id);
create index taxonomy_term_parent_idx on taxonomy_term (parent_id);
create index role_assignment_actor_idx on role_assignment (actor_id);
create index role_assignment_role_idx on role_assignment (role_id);
create index actor_relationship_source_idx on actor_relationship (source_id);
create index actor_relationship_target_idx on actor_relationship (target_id);
create index meeting_forum_idx on meeting (forum_id);
create index meeting_participant_meeting_idx on meeting_participant (meeting_id);
create index action_item_meeting_idx on action_item (meeting_id);
create index roadmap_action_goal_idx on roadmap_action (goal_id);
create index calendar_event_starts_at_idx on calendar_event (starts_at);
