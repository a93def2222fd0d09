// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.tracechain.model.error.ApiError;
import org.tracechain.server.http.ApiProblem;

/**
 * {@code /docs}: Swagger UI for {@code /openapi.json}, served from the {@code org.webjars:swagger-ui} jar on the
 * classpath, so it works offline and loads nothing from a CDN. Only the few files the page uses are served.
 */
final class DocsRoutes {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "index.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8",
            "swagger-initializer.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>tracechain API</title>
              <link rel="stylesheet" href="/docs/swagger-ui.css">
              <link rel="stylesheet" href="/docs/index.css">
              <link rel="icon" type="image/png" href="/docs/favicon-32x32.png" sizes="32x32">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/docs/swagger-ui-bundle.js"></script>
              <script src="/docs/swagger-ui-standalone-preset.js"></script>
              <script src="/docs/swagger-initializer.js"></script>
            </body>
            </html>
            """;
    /** Replaces the webjar's initializer, which points at the Petstore example. */
    private static final String INITIALIZER = """
            window.onload = function () {
              window.ui = SwaggerUIBundle({
                url: "/openapi.json",
                dom_id: "#swagger-ui",
                deepLinking: true,
                persistAuthorization: false,
                presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                plugins: [SwaggerUIBundle.plugins.DownloadUrl],
                layout: "StandaloneLayout"
              });
            };
            """;

    private final String version = webjarVersion();

    void page(final Context ctx) {
        ctx.html(PAGE);
    }

    void asset(final Context ctx) {
        final String name = ctx.pathParam("asset");
        final String type = ASSETS.get(name);
        if (type == null) {
            throw new ApiProblem(404, ApiError.NOT_FOUND.name(), "no such documentation file");
        }
        ctx.header("Cache-Control", "max-age=3600");
        if (name.equals("swagger-initializer.js")) {
            ctx.contentType(type).result(INITIALIZER);
            return;
        }
        try (InputStream in = DocsRoutes.class.getClassLoader().getResourceAsStream(WEBJAR + version + "/" + name)) {
            if (in == null) {
                throw new ApiProblem(404, ApiError.NOT_FOUND.name(), "no such documentation file");
            }
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion() {
        try (InputStream in = DocsRoutes.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
            }
            final Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
