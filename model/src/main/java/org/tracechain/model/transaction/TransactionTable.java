// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.transaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every transaction of one chaincode's contract, by name: the one table the chaincode checks calls against and
 * clients can build calls from.
 *
 * <p>A call names its transaction as Fabric's contract API does: {@code RegisterLot} (the default contract) or
 * {@code foodtrace:RegisterLot} (contract namespace). The contract API also serves
 * {@code org.hyperledger.fabric:GetMetadata} in every chaincode; it is part of every table.
 *
 * <pre>{@code
 * TransactionSignature ship = FoodTransaction.TABLE.find("Ship").orElseThrow();
 * ship.arity();          // 1
 * ship.intent();         // SUBMIT
 * }</pre>
 */
public final class TransactionTable {

    /** The contract namespace of the contract API's own transactions. */
    public static final String SYSTEM_CONTRACT = "org.hyperledger.fabric";
    /** The contract API's metadata transaction (contract, transaction and type schemas as JSON). */
    public static final TransactionSignature GET_METADATA = TransactionSignature.evaluate("GetMetadata");

    private final String contract;
    private final Map<String, TransactionSignature> byName = new LinkedHashMap<>();

    /** A table for {@code contract} listing {@code signatures}; names must be distinct. */
    public TransactionTable(final String contract, final List<TransactionSignature> signatures) {
        this.contract = contract;
        for (final TransactionSignature signature : signatures) {
            if (byName.putIfAbsent(signature.name(), signature) != null) {
                throw new IllegalArgumentException("transaction " + signature.name() + " is listed twice");
            }
        }
    }

    /** The contract name (namespace) of these transactions, e.g. {@code foodtrace}. */
    public String contract() {
        return contract;
    }

    /** The contract's own transactions in declaration order (without {@link #GET_METADATA}). */
    public List<TransactionSignature> all() {
        return Collections.unmodifiableList(new ArrayList<>(byName.values()));
    }

    /** The contract transaction named {@code name}, if there is one. */
    public Optional<TransactionSignature> find(final String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The transaction a call's function name designates: {@code Name} or {@code <contract>:Name} for this
     * contract's transactions, {@code org.hyperledger.fabric:GetMetadata} for the metadata. Anything else
     * (another namespace, more than one colon, an empty name) designates nothing.
     */
    public Optional<Resolved> resolve(final String function) {
        if (function == null) {
            return Optional.empty();
        }
        final int colon = function.indexOf(':');
        if (colon < 0) {
            return find(function).map(s -> new Resolved(contract, s));
        }
        final String namespace = function.substring(0, colon);
        final String name = function.substring(colon + 1);
        if (name.indexOf(':') >= 0) {
            return Optional.empty();
        }
        if (namespace.equals(contract)) {
            return find(name).map(s -> new Resolved(contract, s));
        }
        if (namespace.equals(SYSTEM_CONTRACT) && name.equals(GET_METADATA.name())) {
            return Optional.of(new Resolved(SYSTEM_CONTRACT, GET_METADATA));
        }
        return Optional.empty();
    }

    /**
     * A resolved call target.
     *
     * @param contract the contract namespace that serves it
     * @param signature the transaction
     */
    public record Resolved(String contract, TransactionSignature signature) {
        /** The fully qualified function name, e.g. {@code foodtrace:RegisterLot}. */
        public String qualifiedName() {
            return contract + ":" + signature.name();
        }
    }
}
