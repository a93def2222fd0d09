// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.http.Context;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.eclipse.jetty.io.EndPoint;

/**
 * The client certificate a request's TLS connection presented (mutual TLS), as Jetty's
 * {@code SecureRequestCustomizer} puts it on the request: the servlet attribute, or Jetty's own TLS session data.
 */
final class ClientCertificates {

    static final String SERVLET_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private ClientCertificates() {}

    /** @return the certificate the client presented (its chain's first), or empty over HTTP or without one */
    static Optional<X509Certificate> of(final Context ctx) {
        X509Certificate[] chain = null;
        if (ctx.req().getAttribute(SERVLET_ATTRIBUTE) instanceof X509Certificate[] servlet) {
            chain = servlet;
        } else if (ctx.req().getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData tls) {
            chain = tls.peerCertificates();
        }
        return chain == null || chain.length == 0 ? Optional.empty() : Optional.of(chain[0]);
    }
}
