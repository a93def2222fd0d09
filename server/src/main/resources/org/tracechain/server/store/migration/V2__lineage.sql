-- SPDX-License-Identifier: Apache-2.0
-- The lineage projection: the foodtrace chaincode's own trace indexes, so that the store answers a lot's trace
-- exactly as the chaincode's TraceBack / TraceForward walk them. Filled from the index keys the chaincode writes
-- (lineage~child, lineage~parent, lot~event, lot~doc), in the transaction of their block like every other row.
-- No backfill in SQL: `store rebuild` replays from block 0 and fills them. Until then a store projected before
-- this migration lacks its older links, so store_checkpoint.lineage_from_block records the first block whose
-- index keys were projected; the store answers traces only where it is 0 (a rebuild sets it to 0), and the server
-- asks the chaincode otherwise.
-- Ids are compared and sorted as bytes (COLLATE "C"): the order of the ledger's key range scans.

-- One row per lineage link. in_child_index: the chaincode's lineage~child key (parent, child) exists, which
-- TraceForward follows; in_parent_index: its lineage~parent key (child, parent), which TraceBack follows. The
-- chaincode writes both together; each is kept on its own so that a trace follows exactly what the chaincode
-- would. tx_id and ledger_event_id say which transaction made the link and the event it recorded about both lots
-- (the TRANSFORM), if any.
CREATE TABLE lineage_edges (
    parent_lot_id    text COLLATE "C" NOT NULL,
    child_lot_id     text COLLATE "C" NOT NULL,
    in_child_index   boolean NOT NULL DEFAULT false,
    in_parent_index  boolean NOT NULL DEFAULT false,
    block_number     bigint  NOT NULL,
    tx_id            text    NOT NULL,
    ledger_event_id  text,
    PRIMARY KEY (parent_lot_id, child_lot_id)
);
CREATE INDEX lineage_edges_child ON lineage_edges (child_lot_id, parent_lot_id);

-- The chaincode's lot~event index (lot, sortable record time, event id): the events a trace returns for a lot.
-- Not event_lots: that one also names a transformation's inputs and outputs that the event's lotIds do not list.
CREATE TABLE lot_event_index (
    lot_id           text COLLATE "C" NOT NULL,
    time_key         text COLLATE "C" NOT NULL,
    ledger_event_id  text COLLATE "C" NOT NULL,
    PRIMARY KEY (lot_id, time_key, ledger_event_id)
);

-- The chaincode's lot~doc index (lot, document hash): documents linked to a lot without an event citing them.
CREATE TABLE lot_document_index (
    lot_id  text COLLATE "C" NOT NULL,
    hash    text COLLATE "C" NOT NULL,
    PRIMARY KEY (lot_id, hash)
);

ALTER TABLE store_checkpoint ADD COLUMN lineage_from_block bigint NOT NULL DEFAULT 0
    CHECK (lineage_from_block >= 0);
UPDATE store_checkpoint SET lineage_from_block = next_block;

-- The Fabric transaction that wrote a lot's current custody record and its regulation: a version of the record
-- (a transaction writes a key once, and transaction ids are unique), so that a trace can reuse lots it has already
-- decoded instead of decoding ten thousand records per request. Rows projected before V2 have none (and are not
-- traced from until a rebuild, see lineage_from_block).
ALTER TABLE lots ADD COLUMN tx_id text;
ALTER TABLE lot_regulations ADD COLUMN tx_id text;
