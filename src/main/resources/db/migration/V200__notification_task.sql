-- The task a notification is about (TASK_ASSIGNED, PARTNER_CONFIRMATION): the list tells a task that is no
-- longer open (completed, reassigned, its submission ended) from one waiting. Null for older rows and other kinds.
alter table notification add column task_id varchar(64);
