-- The first answer to each Idempotency-Key of a creating POST (platform/web IdempotencyKeys,
-- docs/adr/0015): written in the transaction that created the thing, replayed to a retry by the
-- same caller, forgotten after cites.idempotency.ttl (24 h).
create table idempotency_key (
    caller      varchar(40)  not null, -- the person's IIN, and "/" + the company's BIN when acting for one
    key         varchar(200) not null,
    fingerprint char(64)     not null, -- SHA-256 (hex) of the operation and the request body
    status      smallint     not null,
    location    text,
    etag        varchar(100),
    body        text         not null, -- the JSON as first sent
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    primary key (caller, key)
);

create index idempotency_key_expiry on idempotency_key (expires_at);
