// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.http;

import io.javalin.http.Context;
import java.util.function.BooleanSupplier;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.server.auth.Caller;
import org.tracechain.server.store.QueryStore;

/**
 * What a handler needs for one request: the authenticated caller, the SDK signed with the caller's identity, and
 * the query store. Clients are opened once per identity and shared by its requests.
 */
public interface LedgerAccess {

    /**
     * The request's authenticated caller (set by the server's authentication before any handler runs).
     *
     * @param ctx the request
     * @return the caller
     */
    Caller caller(Context ctx);

    /**
     * The SDK client signed with the request's caller.
     *
     * @param ctx the request
     * @return a connected client; not to be closed by the handler
     */
    LedgerClient client(Context ctx);

    /**
     * The foodtrace API signed with the request's caller.
     *
     * @param ctx the request
     * @return the food traceability API
     */
    FoodTrace food(Context ctx);

    /**
     * The govdir API signed with the request's caller.
     *
     * @param ctx the request
     * @return the directory API
     */
    GovDirectory directory(Context ctx);

    /**
     * Whether the credential that authenticated the request still would: the bearer token neither expired nor
     * revoked, the identity still in the wallet and not revoked on the network. A response that outlives its request
     * (an event stream) asks again at each heartbeat and ends once the answer is false, so revoking a token or a user
     * cuts the streams it opened too, not only its next request.
     *
     * @param ctx the request, authenticated
     * @return a check that reads the token store and the wallet again on each call
     */
    BooleanSupplier credentialCheck(Context ctx);

    /**
     * The query store.
     *
     * @return the store
     */
    QueryStore store();

    /**
     * Refuses a query-store question about a channel the server's organisation has not joined, before the store is
     * asked: the store holds nothing of that channel, and an empty page would read as "no such events".
     *
     * @param channel the channel the question is about, e.g. {@code foodtrace}
     * @throws ApiProblem 403 {@code NOT_A_CHANNEL_MEMBER} if the organisation's peer has not joined it
     */
    default void requireChannel(final String channel) {
        // Without knowledge of the organisation's channels (fakes), every channel is taken as joined.
    }
}
