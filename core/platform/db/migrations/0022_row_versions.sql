-- Guanxi schema version 22: row versions, so that a save does not silently
-- overwrite someone else's newer change (optimistic concurrency, for a team
-- database where several people edit at once, and for two windows on one
-- file alike).
--
-- Every write to a customer, lead, deal or order adds 1 to its row_version.
-- A user's edit says which version it read and is refused when the row has
-- moved on since: UPDATE ... SET row_version = row_version + 1 WHERE id = ?
-- AND row_version = ?, one statement, so two saves cannot both pass. Rows
-- written before start at 1.
ALTER TABLE customers ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE leads ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE deals ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE orders ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
