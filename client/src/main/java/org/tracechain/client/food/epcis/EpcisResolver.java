// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.epcis;

import java.util.Optional;
import org.tracechain.client.LedgerException;

/** Finds the ledger's names for the locations and parties an EPCIS document identifies by URI. */
public interface EpcisResolver {

    /** The registered site a read point, business location or source/destination location URI names. */
    Optional<String> siteId(String locationUri) throws LedgerException;

    /** The organisation (MSP id) a source or destination party URI names. */
    Optional<String> mspId(String partyUri) throws LedgerException;
}
