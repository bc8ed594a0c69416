-- HSDS service fields (issue 16): alternate name, alert, interpretation services, accreditations,
-- cost options, required documents and service areas that are not municipalities.
alter table offering
    add column alternate_name_fi varchar(10000), add column alternate_name_sv varchar(10000),
    add column alternate_name_en varchar(10000),
    add column alert_fi varchar(10000), add column alert_sv varchar(10000), add column alert_en varchar(10000),
    add column interpretation_services_fi varchar(10000), add column interpretation_services_sv varchar(10000),
    add column interpretation_services_en varchar(10000),
    add column accreditations_fi varchar(10000), add column accreditations_sv varchar(10000),
    add column accreditations_en varchar(10000);
alter table offering_aud
    add column alternate_name_fi varchar(10000), add column alternate_name_sv varchar(10000),
    add column alternate_name_en varchar(10000),
    add column alert_fi varchar(10000), add column alert_sv varchar(10000), add column alert_en varchar(10000),
    add column interpretation_services_fi varchar(10000), add column interpretation_services_sv varchar(10000),
    add column interpretation_services_en varchar(10000),
    add column accreditations_fi varchar(10000), add column accreditations_sv varchar(10000),
    add column accreditations_en varchar(10000);

-- HSDS cost_option: a price of a service for a period.
create table service_cost_option (
    position integer check ((position>=0)),
    version bigint not null,
    id uuid not null,
    offering_id uuid not null references offering,
    option_fi varchar(10000),
    option_sv varchar(10000),
    option_en varchar(10000),
    amount numeric(12,2) check ((amount>=0)),
    currency varchar(3) check ((currency ~ '^[A-Z]{3}$')),
    amount_description_fi varchar(10000),
    amount_description_sv varchar(10000),
    amount_description_en varchar(10000),
    valid_from date,
    valid_to date,
    primary key (id),
    check (valid_from is null or valid_to is null or valid_from <= valid_to)
);
create index service_cost_option_offering_idx on service_cost_option (offering_id);

create table service_cost_option_aud (
    position integer,
    revtype smallint,
    rev bigint not null references audit_revision,
    id uuid not null,
    offering_id uuid,
    option_fi varchar(10000),
    option_sv varchar(10000),
    option_en varchar(10000),
    amount numeric(12,2),
    currency varchar(3),
    amount_description_fi varchar(10000),
    amount_description_sv varchar(10000),
    amount_description_en varchar(10000),
    valid_from date,
    valid_to date,
    primary key (rev, id)
);

-- HSDS required_document: what the client brings to use the service.
create table required_document (
    position integer check ((position>=0)),
    version bigint not null,
    id uuid not null,
    offering_id uuid not null references offering,
    document_fi varchar(10000),
    document_sv varchar(10000),
    document_en varchar(10000),
    uri varchar(2000),
    primary key (id)
);
create index required_document_offering_idx on required_document (offering_id);

create table required_document_aud (
    position integer,
    revtype smallint,
    rev bigint not null references audit_revision,
    id uuid not null,
    offering_id uuid,
    document_fi varchar(10000),
    document_sv varchar(10000),
    document_en varchar(10000),
    uri varchar(2000),
    primary key (rev, id)
);

-- HSDS service_area that is not a municipality.
create table service_area (
    position integer check ((position>=0)),
    version bigint not null,
    id uuid not null,
    offering_id uuid not null references offering,
    name_fi varchar(10000),
    name_sv varchar(10000),
    name_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    description_en varchar(10000),
    extent varchar(10000),
    extent_type varchar(64),
    uri varchar(2000),
    primary key (id)
);
create index service_area_offering_idx on service_area (offering_id);

create table service_area_aud (
    position integer,
    revtype smallint,
    rev bigint not null references audit_revision,
    id uuid not null,
    offering_id uuid,
    name_fi varchar(10000),
    name_sv varchar(10000),
    name_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    description_en varchar(10000),
    extent varchar(10000),
    extent_type varchar(64),
    uri varchar(2000),
    primary key (rev, id)
);

-- HSDS program: a collection of related services an organization runs; a service may belong to one.
create table program (
    position integer check ((position>=0)),
    version bigint not null,
    id uuid not null,
    actor_id uuid not null references actor,
    name_fi varchar(10000),
    name_sv varchar(10000),
    name_en varchar(10000),
    alternate_name_fi varchar(10000),
    alternate_name_sv varchar(10000),
    alternate_name_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    description_en varchar(10000),
    primary key (id)
);
create index program_actor_idx on program (actor_id);

create table program_aud (
    position integer,
    revtype smallint,
    rev bigint not null references audit_revision,
    id uuid not null,
    actor_id uuid,
    name_fi varchar(10000),
    name_sv varchar(10000),
    name_en varchar(10000),
    alternate_name_fi varchar(10000),
    alternate_name_sv varchar(10000),
    alternate_name_en varchar(10000),
    description_fi varchar(10000),
    description_sv varchar(10000),
    description_en varchar(10000),
    primary key (rev, id)
);

-- A program removed from its organization leaves its services without one.
alter table offering add column program_id uuid references program on delete set null;
create index offering_program_idx on offering (program_id);
alter table offering_aud add column program_id uuid;
