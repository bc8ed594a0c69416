-- HSDS 3.1 service_capacity: free places, queue length or waiting weeks of a service.
create table service_capacity (
    position integer check ((position>=0)),
    version bigint not null,
    id uuid not null,
    offering_id uuid not null references offering,
    unit varchar(32) not null check ((unit in ('PLACES','QUEUE_PERSONS','QUEUE_WEEKS'))),
    available integer not null check ((available>=0)),
    maximum integer check ((maximum>=0)),
    description_fi varchar(10000),
    description_sv varchar(10000),
    description_en varchar(10000),
    updated timestamp(6) with time zone not null,
    primary key (id)
);
create index service_capacity_offering_idx on service_capacity (offering_id);

create table service_capacity_aud (
    position integer,
    revtype smallint,
    rev bigint not null references audit_revision,
    id uuid not null,
    offering_id uuid,
    unit varchar(32) check ((unit in ('PLACES','QUEUE_PERSONS','QUEUE_WEEKS'))),
    available integer,
    maximum integer,
    description_fi varchar(10000),
    description_sv varchar(10000),
    description_en varchar(10000),
    updated timestamp(6) with time zone,
    primary key (rev, id)
);
