// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.tracechain.model.error.ApiError;
import org.tracechain.server.http.ApiProblem;

/**
 * {@code /console}: the web console, a small single-page app that uses only the JSON API with the bearer token the
 * user signs in with. The page, its scripts and style sheet are this module's resources
 * ({@code org/tracechain/server/console/}); the graph and chart libraries come from the {@code org.webjars.npm}
 * jars of cytoscape and echarts, so the console works offline and loads nothing from a CDN. These files are public: they hold no data, and
 * every data call the page makes authenticates.
 */
final class ConsoleRoutes {

    private static final String RESOURCES = "org/tracechain/server/console/";
    /** A plain file name: no directories, no dot-dot, only the kinds of file the console has. */
    private static final Pattern ASSET = Pattern.compile("[a-z][a-z0-9-]{0,40}\\.(js|css)");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");
    /** Library files the console uses, by the name it asks for → the webjar and the path in its version directory. */
    private static final Map<String, Library> LIBRARIES = Map.of(
            "cytoscape.min.js", new Library("cytoscape", "dist/cytoscape.min.js"),
            "echarts.min.js", new Library("echarts", "dist/echarts.min.js"));
    /**
     * Scripts and styles from this server only, data calls to this server only, no framing, no referrer: the token
     * lives in the page, so nothing else may run there. Cytoscape sets style attributes on its canvas elements,
     * hence 'unsafe-inline' for styles (never for scripts).
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** What the page says when its calls will be authenticated by the browser's client certificate. */
    private static final String CERTIFICATE_META = "<meta name=\"tracechain-sign-in\" content=\"certificate\">";

    private final byte[] page = read(RESOURCES + "console.html");
    /** Each library's resource path, its webjar's version looked up once: a missing webjar fails at start-up. */
    private final Map<String, String> libraryPaths = libraryPaths();
    private final byte[] certificatePage = new String(page, StandardCharsets.UTF_8)
            .replace("<meta name=\"referrer\"", CERTIFICATE_META + "\n  <meta name=\"referrer\"")
            .getBytes(StandardCharsets.UTF_8);
    private final Predicate<Context> certificateSignIn;

    /**
     * @param certificateSignIn whether a request's client certificate is one of the organisation's identities
     *     (mutual TLS): the page then tells the console to sign in without a token
     */
    ConsoleRoutes(final Predicate<Context> certificateSignIn) {
        this.certificateSignIn = certificateSignIn;
    }

    void page(final Context ctx) {
        securityHeaders(ctx);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/html; charset=utf-8").result(certificateSignIn.test(ctx) ? certificatePage : page);
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
        final String path = libraryPaths.get(ctx.pathParam("asset"));
        if (path == null) {
            throw notFound();
        }
        final byte[] content = readOptional(path);
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

    private static Map<String, String> libraryPaths() {
        final Map<String, String> paths = new HashMap<>();
        LIBRARIES.forEach((name, library) -> paths.put(name, "META-INF/resources/webjars/" + library.webjar() + "/"
                + webjarVersion(library.webjar()) + "/" + library.path()));
        return Map.copyOf(paths);
    }

    private static String webjarVersion(final String webjar) {
        try (InputStream in = ConsoleRoutes.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/" + webjar + "/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the " + webjar + " webjar is not on the classpath");
            }
            final Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of an {@code org.webjars.npm} jar: its artifact id, and its path under the version directory. */
    private record Library(String webjar, String path) {}
}
