-- Guanxi schema version 20: logins, teams, what each role may do, and an
-- audit trail nobody can edit.
--
-- A password is stored only as libsodium's Argon2id string (crypto_pwhash_str:
-- algorithm, limits, salt and hash in one). Wrong passwords count up
-- failed_logins and stamp last_failed_at; the next attempt waits longer the
-- more there were, and a right one resets the count (never a lock-out).
-- A salesperson sees their own records and the pool; a manager sees the
-- records of their team's members (users.team); an administrator sees all.
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN team TEXT;
ALTER TABLE users ADD COLUMN manager_id INTEGER REFERENCES users (id);
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN last_failed_at TEXT;
ALTER TABLE users ADD COLUMN deactivated_at TEXT;

-- What a role may do beyond seeing and changing what it sees (codes in
-- core/team/permission.cpp). Administrators may always do everything: their
-- rows are not kept here, so that nobody can lock the team out of managing it.
CREATE TABLE role_permissions (
    role        TEXT NOT NULL CHECK (role IN ('manager', 'sales')),
    permission  TEXT NOT NULL,
    PRIMARY KEY (role, permission)
) WITHOUT ROWID;
INSERT INTO role_permissions (role, permission) VALUES
    ('manager', 'export'), ('manager', 'import'), ('manager', 'delete'), ('manager', 'merge'),
    ('manager', 'reveal_phone'), ('manager', 'view_audit'),
    ('sales', 'import'), ('sales', 'delete');

-- Events that are not a change to a record: logins, failed logins, exports,
-- imports, merges, permission and role changes, revealed phone numbers,
-- backups and restores. `detail` is JSON (a filter, a row count, a file's
-- SHA-256...); login is the name typed, kept for failed logins of nobody.
CREATE TABLE audit_events (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    login       TEXT,
    action      TEXT NOT NULL,
    entity      TEXT,
    entity_id   INTEGER,
    detail      TEXT
);
CREATE INDEX audit_events_by_time ON audit_events (at);
CREATE INDEX audit_events_by_user ON audit_events (user_id, at);

-- Append-only: no path in the application changes or removes a line of
-- history, and these refuse anything that tries (a test does).
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'guanxi: the change log is append-only'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN SELECT RAISE(ABORT, 'guanxi: the change log is append-only'); END;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'guanxi: the audit trail is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'guanxi: the audit trail is append-only'); END;
-- Users are deactivated, never deleted: their name stays on their history.
CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN SELECT RAISE(ABORT, 'guanxi: team members are deactivated, not deleted'); END;
