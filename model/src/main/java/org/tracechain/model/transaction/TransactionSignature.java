// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.transaction;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a call of one transaction must look like: its name, whether it writes, its positional arguments and the
 * transient-map entries it accepts. A call with any other number of arguments, or with other transient entries,
 * is refused before the ledger is read.
 *
 * @param name the transaction name, e.g. {@code RegisterLot}
 * @param intent submit (writes) or evaluate (reads only)
 * @param parameters the positional arguments after the name, in order
 * @param transientKeys the transient-map entries the transaction reads (private inputs); empty for most
 */
public record TransactionSignature(String name, Intent intent, List<Parameter> parameters, Set<String> transientKeys) {

    public TransactionSignature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(intent, "intent");
        parameters = List.copyOf(parameters);
        transientKeys = Set.copyOf(new TreeSet<>(transientKeys));
    }

    /** A transaction that writes the ledger. */
    public static TransactionSignature submit(final String name, final Parameter... parameters) {
        return new TransactionSignature(name, Intent.SUBMIT, List.of(parameters), Set.of());
    }

    /** A read-only transaction. */
    public static TransactionSignature evaluate(final String name, final Parameter... parameters) {
        return new TransactionSignature(name, Intent.EVALUATE, List.of(parameters), Set.of());
    }

    /** The same signature, also accepting the transient entries {@code keys}. */
    public TransactionSignature withTransient(final String... keys) {
        return new TransactionSignature(name, intent, parameters, Set.of(keys));
    }

    /** The number of positional arguments after the transaction name. */
    public int arity() {
        return parameters.size();
    }

    public boolean readOnly() {
        return intent == Intent.EVALUATE;
    }
}
