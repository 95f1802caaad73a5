-- Guanxi schema version 19: exchange rates, so that sums over orders and deals
-- in several currencies are shown in one base currency (team_settings key
-- 'base_currency', CNY when unset). A rate says how much one unit of
-- `currency` is worth in `base`, as an exact integer in millionths (7.1234 is
-- 7123400), from `valid_from` (a local date) until the next rate of the same
-- currency. Rates are kept per base: changing the base currency leaves the
-- rates to the old one aside instead of reading them as rates to the new one.
CREATE TABLE currency_rates (
    id           INTEGER PRIMARY KEY,
    base         TEXT NOT NULL CHECK (length(base) = 3),
    currency     TEXT NOT NULL CHECK (length(currency) = 3 AND currency <> base),
    rate_micros  INTEGER NOT NULL CHECK (rate_micros > 0),
    valid_from   TEXT NOT NULL,          -- local calendar date, YYYY-MM-DD
    UNIQUE (base, currency, valid_from)
);

-- The orders not in CNY (the default base currency): the few that a sum must
-- convert, found without reading every order (CurrencyRates::conversion asks
-- for them with the same literal condition, so SQLite can use this index).
CREATE INDEX orders_not_cny ON orders (currency, order_date) WHERE currency <> 'CNY';
