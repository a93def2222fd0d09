// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.error.ApiError;
import org.tracechain.server.auth.Caller;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.store.QueryStore;

/**
 * {@link LedgerAccess} over the identity sessions: the caller the authentication put on the request, and that
 * identity's shared client. Remembers which channel a request used, so an unknown outcome can name where to look
 * the transaction up.
 */
final class ServerLedgerAccess implements LedgerAccess {

    /** Request attribute: the authenticated user (set by {@link Authentication}). */
    static final String USER = "tracechain.user";
    /** Request attribute: whether the request's credential still authenticates (set by {@link Authentication}). */
    static final String CREDENTIAL_CHECK = "tracechain.credentialCheck";
    /** Request attribute: the channel a handler's calls went to, when known. */
    static final String CHANNEL = "tracechain.channel";

    private final IdentitySessions sessions;
    private final QueryStore store;
    private final String mspId;
    /** The channels the organisation's peer has joined (its gateway profile's); empty when the profile lists none. */
    private final java.util.List<String> channels;

    ServerLedgerAccess(final IdentitySessions sessions, final QueryStore store) {
        this(sessions, store, "", java.util.List.of());
    }

    ServerLedgerAccess(final IdentitySessions sessions, final QueryStore store, final String mspId,
            final java.util.List<String> channels) {
        this.sessions = Objects.requireNonNull(sessions, "sessions must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.mspId = Objects.requireNonNull(mspId, "mspId must not be null");
        this.channels = java.util.List.copyOf(channels);
    }

    @Override
    public void requireChannel(final String channel) {
        if (!channels.isEmpty() && !channels.contains(channel)) {
            throw new ApiProblem(403, ApiError.NOT_A_CHANNEL_MEMBER.name(), "organisation " + mspId
                    + " is not a member of channel " + channel);
        }
    }

    private IdentitySessions.Session session(final Context ctx) {
        final String user = ctx.attribute(USER);
        if (user == null) {
            // Only a route registered without authentication gets here: a programming error, not a client's.
            throw new ApiProblem(401, ApiError.UNAUTHENTICATED.name(), "this request carries no authenticated caller");
        }
        return sessions.session(user);
    }

    @Override
    public Caller caller(final Context ctx) {
        return session(ctx).caller();
    }

    @Override
    public BooleanSupplier credentialCheck(final Context ctx) {
        final BooleanSupplier check = ctx.attribute(CREDENTIAL_CHECK);
        if (check == null) {
            // As for the user: only a route registered without authentication gets here.
            throw new ApiProblem(401, ApiError.UNAUTHENTICATED.name(), "this request carries no authenticated caller");
        }
        return check;
    }

    @Override
    public LedgerClient client(final Context ctx) {
        return session(ctx).client();
    }

    @Override
    public FoodTrace food(final Context ctx) {
        ctx.attribute(CHANNEL, FoodTrace.DEFAULT_CHANNEL);
        return session(ctx).food();
    }

    @Override
    public GovDirectory directory(final Context ctx) {
        ctx.attribute(CHANNEL, DirectoryTransaction.CHAINCODE);
        return session(ctx).directory();
    }

    @Override
    public QueryStore store() {
        return store;
    }
}
