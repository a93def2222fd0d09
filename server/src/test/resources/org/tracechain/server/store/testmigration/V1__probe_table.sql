-- A migration for the bootstrap's own tests only (the query store's schema is in ../migration).
CREATE TABLE probe (id integer PRIMARY KEY, note text NOT NULL);
