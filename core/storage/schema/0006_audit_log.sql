-- Trajectplanner schema, step 6: the audit log. Every export, erasure, anonymisation, restore,
-- import and backup leaves one entry: what and when, never the content (the subject is a number
-- such as "learner 12", the detail only counts). The entries form a chain: each hash is the
-- SHA-256 of the previous entry's hash and the entry's own fields, so that a changed or removed
-- entry breaks the chain (AuditLog::verify).

CREATE TABLE audit_entry (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    at             TEXT NOT NULL,       -- ISO date-time, seconds
    action         TEXT NOT NULL CHECK (action IN ('export', 'erase', 'anonymise', 'restore', 'import', 'backup')),
    subject        TEXT NOT NULL DEFAULT '',
    detail         TEXT NOT NULL DEFAULT '',
    previous_hash  TEXT NOT NULL DEFAULT '',
    hash           TEXT NOT NULL
);
