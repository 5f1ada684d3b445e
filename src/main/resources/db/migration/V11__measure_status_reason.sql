-- Why the measure is in its status, when a move carries a reason (returned by a reviewer, partner or evaluator,
-- withdrawn, submission cancelled), so the editor sees it on the form. Every reason also stays in the workflow's
-- step log and the audit trail.
alter table measure add column status_reason varchar(1000000);
alter table measure add column status_changed_by varchar(100);
alter table measure add column status_changed_at timestamp with time zone;
