-- An undelivered mail stays visible to the PMO with the time of its last attempt, and the PMO can
-- send it again: each resend starts a fresh round of attempts, the earlier ones are added up in
-- earlier_attempts, and who resent it last and when is kept.
alter table notification_outbox add column last_attempt_at timestamp(6) with time zone;
alter table notification_outbox add column earlier_attempts integer not null default 0;
alter table notification_outbox add column resent_by varchar(64);
alter table notification_outbox add column resent_at timestamp(6) with time zone;
