-- Spring Modulith's event publication registry (docs/modules.md): one row per after-commit listener still to
-- run for a committed event. Rows are deleted once the listener completed (spring.modulith.events.completion-mode
-- =delete), so what stays is what a killed process did not finish; it is republished at the next start. The
-- structure is Modulith's JDBC schema v2, written here because Flyway owns the schema (H2 and PostgreSQL alike;
-- no index on the serialized event: the table holds only unfinished work).
create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(100000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_listener on event_publication (listener_id);
create index ix_event_publication_completion on event_publication (completion_date);
