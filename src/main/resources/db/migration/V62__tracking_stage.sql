-- When each measure entered its current status, for "time in stage" on the administrators' board.
create table tracking_stage (
    measure_id bigint primary key,
    status     varchar(30) not null,
    entered_at timestamp with time zone not null
);
