-- The customers' search index on PostgreSQL, in place of SQLite's FTS5 table
-- customer_search (CustomerSearchIndex writes and searches both). The keys
-- are SearchKeys::build()'s tokens, written by the program, never here.
--
-- customer_search_tokens: each key of a customer at its position (from 1), so
-- a phrase is keys at positions in a row. (token, customer_id, position) finds
-- a key or, since the database's collation is "C", every key that starts
-- with some text (token >= 'zhang' AND token < 'zhang' || chr(1114111));
-- the primary key finds a customer's keys (a phrase's next key, a second
-- search term, the rows to delete).
--
-- customer_search_prefixes: the starts of up to 3 characters of each key (of
-- a Chinese key its first character), once per customer, but no start of
-- digits alone: a phone's keys are all its suffixes of 4 digits or more
-- already. A short start such as "z" matches a large part of the keys; from
-- here it is one range of customer ids, each once, that a LIMIT can stop.
-- It has no index by customer: CustomerSearchIndex deletes a customer's
-- starts by the keys it reads back from customer_search_tokens.
CREATE TABLE customer_search_tokens (
    token       text    NOT NULL,
    customer_id bigint  NOT NULL,
    position    integer NOT NULL,
    PRIMARY KEY (customer_id, token, position)
);
CREATE INDEX customer_search_tokens_by_token ON customer_search_tokens (token, customer_id, position);

CREATE TABLE customer_search_prefixes (
    prefix      text   NOT NULL,
    customer_id bigint NOT NULL,
    PRIMARY KEY (prefix, customer_id)
);
