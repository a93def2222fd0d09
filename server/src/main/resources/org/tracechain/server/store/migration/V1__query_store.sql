-- SPDX-License-Identifier: Apache-2.0
-- The query store: every valid write of the foodtrace and govdir chaincodes, projected block by block.
-- Each table keeps the ledger's record exactly as written (record: the chaincode's canonical JSON) beside the
-- columns queries filter and sort on. Rows carry no projection-time values, so a rebuild from block 0 gives
-- identical tables. Each block's rows and its checkpoint are written in one database transaction.

CREATE TABLE store_checkpoint (
    channel     text   PRIMARY KEY,
    next_block  bigint NOT NULL CHECK (next_block >= 0)
);

-- ---- foodtrace: master data ------------------------------------------------------------------------------

CREATE TABLE sites (
    site_id        text PRIMARY KEY,
    owner_msp_id   text NOT NULL,
    gln            text,
    gln_extension  text,
    record         text NOT NULL
);
CREATE INDEX sites_gln ON sites (gln, gln_extension);

CREATE TABLE parties (
    msp_id  text PRIMARY KEY,
    pgln    text,
    uscc    text,
    record  text NOT NULL
);

-- ---- foodtrace: lots and custody -------------------------------------------------------------------------

CREATE TABLE lots (
    lot_id          text        PRIMARY KEY,
    trace_code      text        NOT NULL,
    gtin            text,
    product_code    text        NOT NULL,
    product_name    text        NOT NULL,
    holder_msp_id   text        NOT NULL,
    status          text        NOT NULL,
    registered_at   timestamptz NOT NULL,
    record          text        NOT NULL
);
CREATE INDEX lots_trace_code ON lots (trace_code);
CREATE INDEX lots_gtin ON lots (gtin, lot_id);
CREATE INDEX lots_product_code ON lots (product_code);
CREATE INDEX lots_product_name ON lots (product_name);
CREATE INDEX lots_holder ON lots (holder_msp_id, registered_at, lot_id);
CREATE INDEX lots_registered ON lots (registered_at, lot_id);

-- A regulator's hold or recall of a lot: while it exists, the lot's effective status is this one.
CREATE TABLE lot_regulations (
    lot_id  text PRIMARY KEY,
    status  text NOT NULL,
    record  text NOT NULL
);

CREATE TABLE documents (
    hash    text PRIMARY KEY,
    type    text,
    record  text NOT NULL
);

-- ---- foodtrace: events (EPCIS) ---------------------------------------------------------------------------

-- (block_number, tx_index, event_index) is the store's stable order and the keyset of event pages.
CREATE TABLE events (
    ledger_event_id  text        PRIMARY KEY,
    epcis_event_id   text        NOT NULL,
    event_type       text        NOT NULL,
    kind             text        NOT NULL,
    action           text,
    event_time       timestamptz NOT NULL,
    record_time      timestamptz,
    biz_step         text,
    disposition      text,
    read_point       text,
    biz_location     text,
    block_number     bigint      NOT NULL,
    tx_index         integer     NOT NULL,
    event_index      integer     NOT NULL,
    tx_id            text        NOT NULL,
    record           text        NOT NULL,
    epcis            json        NOT NULL,   -- the EPCIS event object exactly as the export wrote it
    UNIQUE (block_number, tx_index, event_index)
);
CREATE INDEX events_epcis_event_id ON events (epcis_event_id);
CREATE INDEX events_event_time ON events (event_time, block_number, tx_index, event_index);
CREATE INDEX events_type ON events (event_type, block_number, tx_index, event_index);
CREATE INDEX events_biz_step ON events (biz_step, block_number, tx_index, event_index);
CREATE INDEX events_disposition ON events (disposition, block_number, tx_index, event_index);
CREATE INDEX events_read_point ON events (read_point, block_number, tx_index, event_index);
CREATE INDEX events_biz_location ON events (biz_location, block_number, tx_index, event_index);

-- The identifiers an event names, by where it names them (MATCH_epc: epc, child, input, output;
-- MATCH_anyEPC: every role, parentID and the quantity lists' classes included).
CREATE TABLE event_epcs (
    epc              text NOT NULL,
    role             text NOT NULL CHECK (role IN ('epc', 'child', 'input', 'output', 'parent', 'quantity',
                                                    'child_quantity', 'input_quantity', 'output_quantity')),
    ledger_event_id  text NOT NULL REFERENCES events ON DELETE CASCADE,
    PRIMARY KEY (epc, role, ledger_event_id)
);
CREATE INDEX event_epcs_event ON event_epcs (ledger_event_id);

CREATE TABLE event_lots (
    lot_id           text NOT NULL,
    ledger_event_id  text NOT NULL REFERENCES events ON DELETE CASCADE,
    PRIMARY KEY (lot_id, ledger_event_id)
);
CREATE INDEX event_lots_event ON event_lots (ledger_event_id);

-- Custody: every shipment and receipt, from the SHIP and RECEIVE events.
CREATE TABLE custody (
    ledger_event_id  text        PRIMARY KEY REFERENCES events ON DELETE CASCADE,
    kind             text        NOT NULL,
    lot_id           text        NOT NULL,
    from_msp_id      text        NOT NULL,
    to_msp_id        text        NOT NULL,
    site_id          text,
    event_time       timestamptz NOT NULL
);
CREATE INDEX custody_lot ON custody (lot_id, event_time);

-- ---- foodtrace: recalls ----------------------------------------------------------------------------------

CREATE TABLE recalls (
    recall_id     text        PRIMARY KEY,
    root_lot_id   text        NOT NULL,
    complete      boolean     NOT NULL,
    issued_at     timestamptz NOT NULL,
    record        text        NOT NULL
);

CREATE TABLE recall_lots (
    recall_id      text NOT NULL,
    lot_id         text NOT NULL,
    holder_msp_id  text,
    record         text NOT NULL,
    PRIMARY KEY (recall_id, lot_id)
);
CREATE INDEX recall_lots_holder ON recall_lots (holder_msp_id, recall_id);

CREATE TABLE recall_acks (
    recall_id  text NOT NULL,
    msp_id     text NOT NULL,
    record     text NOT NULL,
    PRIMARY KEY (recall_id, msp_id)
);

-- ---- govdir ----------------------------------------------------------------------------------------------

CREATE TABLE departments (
    code         text PRIMARY KEY,
    msp_id       text NOT NULL,
    parent_code  text,
    record       text NOT NULL
);
CREATE INDEX departments_msp ON departments (msp_id);

CREATE TABLE duties (
    duty_id          text PRIMARY KEY,
    department_code  text NOT NULL,
    record           text NOT NULL
);
CREATE INDEX duties_department ON duties (department_code);

CREATE TABLE entries (
    code             text    PRIMARY KEY,
    department_code  text    NOT NULL,
    state            text    NOT NULL,
    latest_version   integer NOT NULL,
    record           text    NOT NULL
);
CREATE INDEX entries_department ON entries (department_code);

CREATE TABLE entry_versions (
    code     text    NOT NULL,
    version  integer NOT NULL,
    record   text    NOT NULL,
    PRIMARY KEY (code, version)
);

CREATE TABLE sharing_requests (
    request_id       text PRIMARY KEY,
    requester_code   text NOT NULL,
    owner_code       text NOT NULL,
    state            text NOT NULL,
    record           text NOT NULL
);
CREATE INDEX sharing_requests_requester ON sharing_requests (requester_code);
CREATE INDEX sharing_requests_owner ON sharing_requests (owner_code);

CREATE TABLE grants (
    grant_id         text PRIMARY KEY,
    owner_code       text NOT NULL,
    requester_code   text NOT NULL,
    record           text NOT NULL
);
CREATE INDEX grants_owner ON grants (owner_code);
CREATE INDEX grants_requester ON grants (requester_code);

CREATE TABLE access_logs (
    log_id           text        PRIMARY KEY,
    grant_id         text        NOT NULL,
    owner_code       text        NOT NULL,
    requester_code   text        NOT NULL,
    accessed_at      timestamptz NOT NULL,
    record           text        NOT NULL
);
CREATE INDEX access_logs_grant ON access_logs (grant_id, accessed_at);
CREATE INDEX access_logs_owner ON access_logs (owner_code, accessed_at);
CREATE INDEX access_logs_requester ON access_logs (requester_code, accessed_at);
