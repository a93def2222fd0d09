// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.auth.Caller;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.QueryParameters;

/**
 * {@code GET /me}: who the bearer token acts as ({@link Caller}: organisation, user, MSP id, role) and the channels
 * of the organisation's peer. The console asks it once after sign-in to decide which pages and buttons to show,
 * so it never offers an action the chaincode would refuse for that role or organisation.
 */
final class MeRoutes {

    private final LedgerAccess access;
    private final List<String> channels;

    MeRoutes(final LedgerAccess access, final List<String> channels) {
        this.access = access;
        this.channels = List.copyOf(channels);
    }

    void me(final Context ctx) {
        QueryParameters.of(ctx); // takes no parameters: an unknown one is refused, as everywhere else
        final Caller caller = access.caller(ctx);
        // The Caller record as it is, plus the channels: no second record with the same four fields.
        final ObjectNode body = LedgerJson.mapper().valueToTree(caller);
        final ArrayNode list = body.putArray("channels");
        channels.forEach(list::add);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(LedgerJson.toJson(body));
    }
}
