-- The SLA notification outbox and the hours ledger.
-- Same conventions as 0001; decimals (hours, thresholds) are invariant text, so scale and value
-- read back exactly; months are 'yyyy-MM'; durations are whole ticks.

-- One row per clock milestone, ever: the unique key is what makes a warning or breach fire once.
CREATE TABLE sla_outbox (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  event_key       TEXT NOT NULL UNIQUE, -- SlaEventKey.ToString()
  client_id       TEXT NOT NULL,
  request_id      TEXT NOT NULL,
  clock           TEXT NOT NULL,
  milestone       TEXT NOT NULL,
  kind            TEXT NOT NULL,
  threshold       TEXT NOT NULL,
  due_at          TEXT NOT NULL,
  target          INTEGER NOT NULL, -- ticks
  text            TEXT NOT NULL,
  enqueued_at     TEXT NOT NULL,
  status          TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  last_error      TEXT,
  last_attempt_at TEXT,
  next_attempt_at TEXT, -- NULL on a failed item: dead, never retried
  delivered_at    TEXT
) STRICT;

CREATE INDEX ix_sla_outbox_request ON sla_outbox (client_id, request_id);
CREATE INDEX ix_sla_outbox_client_time ON sla_outbox (client_id, enqueued_at);
CREATE INDEX ix_sla_outbox_time ON sla_outbox (enqueued_at);
-- Delivered items pile up; the delivery scan only walks the open ones.
CREATE INDEX ix_sla_outbox_open ON sla_outbox (id) WHERE status <> 'Delivered';

-- The ledger is append-only; AUTOINCREMENT so an id (which corrections reference) is never reused.
CREATE TABLE work_entries (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  client_id   TEXT NOT NULL,
  request_id  TEXT,
  analyst     TEXT NOT NULL,
  date        TEXT NOT NULL,
  minutes     INTEGER NOT NULL, -- negative on a reversing correction
  kind        TEXT NOT NULL,
  note        TEXT,
  recorded_at TEXT NOT NULL,
  month       TEXT NOT NULL, -- the ledger month it counts in
  corrects    INTEGER REFERENCES work_entries (id)
) STRICT;

CREATE INDEX ix_work_entries_month ON work_entries (client_id, month);
CREATE INDEX ix_work_entries_request ON work_entries (client_id, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX ix_work_entries_corrects ON work_entries (client_id, corrects) WHERE corrects IS NOT NULL;

CREATE TABLE overage_approvals (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  client_id           TEXT NOT NULL,
  month               TEXT NOT NULL,
  hours               TEXT NOT NULL,
  approved_by         TEXT NOT NULL,
  approved_at         TEXT NOT NULL,
  reference           TEXT NOT NULL,
  recorded_at         TEXT NOT NULL,
  covers_logged_hours INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_overage_approvals_month ON overage_approvals (client_id, month);

CREATE TABLE mini_projects (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  client_id      TEXT NOT NULL,
  request_id     TEXT NOT NULL,
  estimate_hours TEXT NOT NULL,
  converted_at   TEXT NOT NULL,
  converted_by   TEXT NOT NULL
) STRICT;

CREATE INDEX ix_mini_projects_client ON mini_projects (client_id, request_id);

CREATE TABLE changes_delivered (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  client_id   TEXT NOT NULL,
  request_id  TEXT NOT NULL,
  date        TEXT NOT NULL,
  recorded_at TEXT NOT NULL
) STRICT;

CREATE INDEX ix_changes_delivered_client ON changes_delivered (client_id);

CREATE TABLE sessions (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  client_id   TEXT NOT NULL,
  kind        TEXT NOT NULL,
  date        TEXT NOT NULL,
  held_by     TEXT NOT NULL,
  note        TEXT,
  recorded_at TEXT NOT NULL
) STRICT;

CREATE INDEX ix_sessions_client_date ON sessions (client_id, date);

-- A closed month's frozen MonthLedger (LedgerJson.Options); written once, never updated.
CREATE TABLE closed_months (
  client_id TEXT NOT NULL,
  month     TEXT NOT NULL,
  closed_at TEXT NOT NULL,
  closed_by TEXT NOT NULL,
  result    TEXT NOT NULL,
  PRIMARY KEY (client_id, month)
) WITHOUT ROWID, STRICT;
