-- Tables of the shared platform library, in every service's schema.

-- Transactional outbox: rows are written in the same transaction as the state change and deleted
-- once the relay has published them. txid orders rows by the transaction that wrote them, so the
-- relay never publishes past a transaction that is still open (see OutboxRelay).
CREATE TABLE outbox_event (
    seq         bigserial   PRIMARY KEY,
    txid        bigint      NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    bucket      integer     NOT NULL,
    event_id    uuid        NOT NULL UNIQUE,
    topic       text        NOT NULL,
    event_key   text        NOT NULL,
    event_type  text        NOT NULL,
    payload     text        NOT NULL,
    traceparent text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_event_pending ON outbox_event (bucket, txid, seq);

-- Idempotent consumers: an event id is recorded in the same transaction as its effect.
CREATE TABLE handled_event (
    consumer   text        NOT NULL,
    event_id   uuid        NOT NULL,
    event_type text        NOT NULL,
    handled_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Audit log of every read or change of personal data.
CREATE TABLE audit_record (
    id        bigserial   PRIMARY KEY,
    tijdstip  timestamptz NOT NULL,
    actor     text        NOT NULL,
    rol       text        NOT NULL,
    actie     text        NOT NULL,
    resource  text        NOT NULL,
    record_id text,
    klant_id  uuid,
    reden     text        NOT NULL,
    trace_id  text
);
CREATE INDEX audit_record_klant ON audit_record (klant_id, tijdstip);
CREATE INDEX audit_record_tijdstip ON audit_record (tijdstip);
