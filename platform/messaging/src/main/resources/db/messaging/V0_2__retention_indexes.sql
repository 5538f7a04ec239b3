-- platform/messaging: the retention pass finds published outbox rows and old inbox rows by time.
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
create index inbox_event_processed on inbox_event (processed_at);
