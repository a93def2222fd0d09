-- SPDX-License-Identifier: Apache-2.0
-- Every endorser transaction of every projected block, valid or not, for the console's chain page and
-- GET /transactions: what committed, in which block, with which validation code (an MVCC_READ_CONFLICT shows here,
-- though it changed nothing), which function of which chaincode it called and which organisation signed it.
-- The function name is kept only when the model's transaction table names it (FoodTransaction / DirectoryTransaction
-- TABLE): never the arguments, and never text a client made up. Written with the block's checkpoint in one database
-- transaction like every other row; `store rebuild` deletes a channel's rows and replays them from block 0.
-- No backfill: blocks projected before this migration have no rows until a rebuild.
CREATE TABLE chain_transactions (
    channel          text        NOT NULL,
    block_number     bigint      NOT NULL CHECK (block_number >= 0),
    tx_index         integer     NOT NULL CHECK (tx_index >= 0),
    tx_id            text        NOT NULL,
    validation_code  text        NOT NULL,
    chaincode        text        NOT NULL,
    function_name    text,
    creator_msp_id   text        NOT NULL,
    tx_timestamp     timestamptz NOT NULL,
    -- Newest first is a backward scan of this key: no other index is needed for the pages.
    PRIMARY KEY (channel, block_number, tx_index)
);
