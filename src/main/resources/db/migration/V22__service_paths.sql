-- Issue 14, "Service paths": coordinators' ordered collections of services (palvelupolut),
-- with an explanatory text at each step, shown at /polut/{slug}, as a PDF and as a widget.
create table service_path (
    id uuid not null primary key,
    version bigint not null,
    slug varchar(80) not null,
    title_fi varchar(10000),
    title_sv varchar(10000),
    title_en varchar(10000),
    intro_fi varchar(10000),
    intro_sv varchar(10000),
    intro_en varchar(10000),
    published boolean not null default false,
    constraint service_path_slug unique (slug)
);

-- A step goes with its service: a service removed from the database leaves the paths with it.
create table path_step (
    id uuid not null primary key,
    version bigint not null,
    path_id uuid not null references service_path on delete cascade,
    ordinal integer not null,
    service_id uuid not null references offering on delete cascade,
    text_fi varchar(10000),
    text_sv varchar(10000),
    text_en varchar(10000)
);
create index path_step_path on path_step (path_id, ordinal);
create index path_step_service on path_step (service_id);
