-- Contracts, CRM users and seats, requests with their event log, sync state and the webhook inbox.
-- Instants are UTC text 'yyyy-MM-ddTHH:mm:ss.fffffffZ' (fixed width, so text order is time order);
-- dates are 'yyyy-MM-dd'; enums are stored by name.

CREATE TABLE contracts (
  client_id      TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  terms          TEXT NOT NULL, -- PackageTerms as JSON
  saved_at       TEXT NOT NULL,
  PRIMARY KEY (client_id, effective_from)
) WITHOUT ROWID, STRICT;

CREATE TABLE crm_users (
  client_id   TEXT NOT NULL,
  external_id TEXT NOT NULL,
  name        TEXT NOT NULL,
  email       TEXT,
  is_active   INTEGER NOT NULL,
  is_analyst  INTEGER NOT NULL,
  seen_at     TEXT NOT NULL,
  PRIMARY KEY (client_id, external_id)
) WITHOUT ROWID, STRICT;

CREATE TABLE seat_counts (
  id           INTEGER PRIMARY KEY,
  client_id    TEXT NOT NULL,
  counted_at   TEXT NOT NULL,
  active_users INTEGER NOT NULL,
  user_limit   INTEGER, -- NULL: unlimited
  package      TEXT NOT NULL,
  basis        TEXT NOT NULL
) STRICT;

CREATE INDEX ix_seat_counts_client_time ON seat_counts (client_id, counted_at);

CREATE TABLE requests (
  client_id        TEXT NOT NULL,
  external_id      TEXT NOT NULL,
  title            TEXT NOT NULL,
  stage_id         TEXT,
  stage            TEXT NOT NULL,
  assignee_id      TEXT,
  status           TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  stage_changed_at TEXT,
  first_seen_at    TEXT NOT NULL, -- when the hub first stored it; never updated
  PRIMARY KEY (client_id, external_id)
) WITHOUT ROWID, STRICT;

-- Append-only; AUTOINCREMENT so a sequence is never reused and readers can resume after one.
CREATE TABLE request_events (
  sequence    INTEGER PRIMARY KEY AUTOINCREMENT,
  client_id   TEXT NOT NULL,
  request_id  TEXT NOT NULL,
  kind        TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  source      TEXT NOT NULL,
  stage_id    TEXT,
  stage       TEXT,
  assignee_id TEXT,
  actor       TEXT,
  note        TEXT,
  FOREIGN KEY (client_id, request_id) REFERENCES requests (client_id, external_id)
) STRICT;

CREATE INDEX ix_request_events_request ON request_events (client_id, request_id);

CREATE TABLE sync_state (
  client_id            TEXT NOT NULL,
  stream               TEXT NOT NULL,
  cursor               TEXT,
  cursor_saved_at      TEXT,
  last_success_at      TEXT,
  last_attempt_at      TEXT,
  last_error           TEXT,
  last_error_at        TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (client_id, stream)
) WITHOUT ROWID, STRICT;

CREATE TABLE webhook_inbox (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  client_id       TEXT NOT NULL,
  delivery_key    TEXT NOT NULL,
  received_at     TEXT NOT NULL,
  content_type    TEXT,
  body            BLOB NOT NULL,
  status          TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  last_error      TEXT,
  last_attempt_at TEXT,
  next_attempt_at TEXT, -- NULL on a failed item: dead, never retried
  processed_at    TEXT,
  UNIQUE (client_id, delivery_key)
) STRICT;

-- Processed deliveries pile up; the queue scan only walks the open ones.
CREATE INDEX ix_webhook_inbox_open ON webhook_inbox (id) WHERE status <> 'Processed';
