// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Paths of the directory's resources, for {@code Location} headers; each id is one encoded path segment. */
final class Locations {

    private Locations() {}

    static String of(final String collection, final String id) {
        return "/" + collection + "/" + segment(id);
    }

    static String entryVersion(final String code, final int version) {
        return of("entries", code) + "/versions/" + version;
    }

    /** Ids are in the identifier alphabet (no spaces), so form encoding is plain percent encoding here. */
    private static String segment(final String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
