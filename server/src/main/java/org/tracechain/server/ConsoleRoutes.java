// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.tracechain.model.error.ApiError;
import org.tracechain.server.http.ApiProblem;

/**
 * {@code /console}: the web console, a small single-page app that uses only the JSON API with the bearer token the
 * user signs in with. The page, its scripts and style sheet are this module's resources
 * ({@code org/tracechain/server/console/}); the graph library comes from the {@code org.webjars.npm:cytoscape}
 * jar, so the console works offline and loads nothing from a CDN. These files are public: they hold no data, and
 * every data call the page makes authenticates.
 */
final class ConsoleRoutes {

    private static final String RESOURCES = "org/tracechain/server/console/";
    /** A plain file name: no directories, no dot-dot, only the kinds of file the console has. */
    private static final Pattern ASSET = Pattern.compile("[a-z][a-z0-9-]{0,40}\\.(js|css)");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");
    /** Library files the console uses, by the name it asks for → path inside the webjar's version directory. */
    private static final Map<String, String> LIBRARIES = Map.of("cytoscape.min.js", "dist/cytoscape.min.js");
    private static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/";
    /**
     * Scripts and styles from this server only, data calls to this server only, no framing, no referrer: the token
     * lives in the page, so nothing else may run there. Cytoscape sets style attributes on its canvas elements,
     * hence 'unsafe-inline' for styles (never for scripts).
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final byte[] page = read(RESOURCES + "console.html");
    private final String cytoscapeVersion = webjarVersion();

    void page(final Context ctx) {
        securityHeaders(ctx);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    void asset(final Context ctx) {
        final String name = ctx.pathParam("asset");
        if (!ASSET.matcher(name).matches()) {
            throw notFound();
        }
        final byte[] content = readOptional(RESOURCES + name);
        if (content == null) {
            throw notFound();
        }
        securityHeaders(ctx);
        // The console's own files change with the server: the browser asks again, with a cheap revalidation.
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1))).result(content);
    }

    void library(final Context ctx) {
        final String path = LIBRARIES.get(ctx.pathParam("asset"));
        if (path == null) {
            throw notFound();
        }
        final byte[] content = readOptional(CYTOSCAPE + cytoscapeVersion + "/" + path);
        if (content == null) {
            throw notFound();
        }
        securityHeaders(ctx);
        ctx.header("Cache-Control", "max-age=3600");
        ctx.contentType(TYPES.get("js")).result(content);
    }

    private static void securityHeaders(final Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    private static ApiProblem notFound() {
        return new ApiProblem(404, ApiError.NOT_FOUND.name(), "no such console file");
    }

    private static byte[] read(final String resource) {
        final byte[] content = readOptional(resource);
        if (content == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        return content;
    }

    private static byte[] readOptional(final String resource) {
        try (InputStream in = ConsoleRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion() {
        try (InputStream in = ConsoleRoutes.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the cytoscape webjar is not on the classpath");
            }
            final Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
