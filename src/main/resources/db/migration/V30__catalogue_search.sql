-- Public catalogue: denormalised copy of the CURRENT published version of each measure, filled from
-- MeasurePublished events (and a startup backfill). Drafts never reach these tables.
create table catalogue_entry (
    measure_id     bigint        not null primary key,
    publication_no integer       not null,
    party_id       bigint        not null,
    party_iso      varchar(2)    not null,
    party_name     varchar(200)  not null,
    region_code    varchar(20),
    cycle_id       bigint        not null,
    cycle_code     varchar(20)   not null,
    title          varchar(500),
    agencies       varchar(2000),
    evaluation     varchar(20)   not null,
    budget_usd     numeric(19, 2),
    published_at   timestamp with time zone not null,
    -- normalised (lowercase, accents stripped) text: title | agencies+partners | description+results+legacy
    title_text     varchar(2000),
    names_text     varchar(1000000),
    body_text      varchar(1000000),
    snapshot       varchar(1000000)          not null
);
create index ix_catalogue_entry_party_cycle on catalogue_entry (party_id, cycle_id);
create index ix_catalogue_entry_published on catalogue_entry (published_at);

-- One row per facet value of an entry (PARTY, REGION, CYCLE, GOAL, AREA, DOMAIN, PARTNER_TYPE, EVALUATED)
create table catalogue_facet (
    measure_id bigint      not null references catalogue_entry (measure_id) on delete cascade,
    facet      varchar(20) not null,
    code       varchar(60) not null,
    primary key (measure_id, facet, code)
);
create index ix_catalogue_facet_value on catalogue_facet (facet, code, measure_id);

-- Inverted index: normalised token -> entry, with a weight (title counts more than the body)
create table catalogue_token (
    token      varchar(60) not null,
    measure_id bigint      not null references catalogue_entry (measure_id) on delete cascade,
    weight     integer     not null,
    primary key (token, measure_id)
);
create index ix_catalogue_token_measure on catalogue_token (measure_id);
