// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.chaincode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A minimal, deterministic gzip'ed ustar writer for chaincode packages: fixed mtime, owner and mode, entries
 * in the given order. A package's bytes determine its package id, so rebuilding an unchanged package must
 * reproduce it exactly.
 */
final class TarWriter {

    private static final int BLOCK = 512;

    private TarWriter() {}

    /** {@code name → content} as a .tar.gz, in map iteration order (pass a LinkedHashMap or TreeMap). */
    static byte[] targz(final Map<String, byte[]> entries) {
        final ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (final Map.Entry<String, byte[]> entry : entries.entrySet()) {
            tar.writeBytes(header(entry.getKey(), entry.getValue().length));
            tar.writeBytes(entry.getValue());
            tar.writeBytes(new byte[(BLOCK - entry.getValue().length % BLOCK) % BLOCK]);
        }
        tar.writeBytes(new byte[2 * BLOCK]);
        final ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(tar.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return gz.toByteArray();
    }

    private static byte[] header(final String name, final long size) {
        final byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (nameBytes.length > 100) {
            throw new IllegalArgumentException("tar entry name too long: " + name);
        }
        final byte[] h = new byte[BLOCK];
        System.arraycopy(nameBytes, 0, h, 0, nameBytes.length);
        octal(h, 100, 8, 0644);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, 0);
        h[156] = '0';
        put(h, 257, "ustar\u0000");
        put(h, 263, "00");
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (final byte b : h) {
            sum += b & 0xff;
        }
        final String checksum = String.format("%06o", sum);
        put(h, 148, checksum);
        h[154] = 0;
        h[155] = ' ';
        return h;
    }

    private static void octal(final byte[] h, final int offset, final int length, final long value) {
        final String digits = String.format("%0" + (length - 1) + "o", value);
        put(h, offset, digits);
        h[offset + length - 1] = 0;
    }

    private static void put(final byte[] h, final int offset, final String text) {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, h, offset, bytes.length);
    }
}
