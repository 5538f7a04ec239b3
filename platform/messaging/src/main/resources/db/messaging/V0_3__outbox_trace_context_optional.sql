-- platform/messaging: the outbox row's trace context comes from Micrometer Tracing (ADR 0010); with
-- tracing switched off there is none, and the event then starts a trace of its own when published.
alter table outbox_event alter column traceparent drop not null;
