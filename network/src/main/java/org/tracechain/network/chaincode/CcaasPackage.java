// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.chaincode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tracechain.network.io.Sha256;

/**
 * A chaincode-as-a-service package: {@code metadata.json} (type ccaas, label) and {@code code.tar.gz} with
 * {@code connection.json} (where the peer dials the chaincode server). The label embeds the chaincode jar's
 * digest, so a changed jar yields a new package id and the deployer moves the definition to a new sequence.
 *
 * @param label package label, {@code <chaincode>_<12 hex of the jar's SHA-256>}
 * @param bytes the package file content
 * @param packageId {@code label:sha256(bytes)}, as the peer computes it
 * @param jarDigest full SHA-256 of the chaincode jar
 */
public record CcaasPackage(String label, byte[] bytes, String packageId, String jarDigest) {

    /** Builds the package for {@code chaincode} served from {@code jar} at {@code 127.0.0.1:port}. */
    public static CcaasPackage create(final String chaincode, final Path jar, final int port) {
        final String jarDigest = sha256(jar);
        final String label = chaincode + "_" + jarDigest.substring(0, 12);
        final String connection = "{\"address\":\"127.0.0.1:" + port + "\",\"dial_timeout\":\"10s\",\"tls_required\":false}";
        final Map<String, byte[]> code = new LinkedHashMap<>();
        code.put("connection.json", connection.getBytes(StandardCharsets.UTF_8));
        // Not read by the builder: records which jar this package stands for.
        code.put("chaincode.sha256", (jarDigest + "\n").getBytes(StandardCharsets.UTF_8));
        final Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("metadata.json", ("{\"type\":\"ccaas\",\"label\":\"" + label + "\"}").getBytes(StandardCharsets.UTF_8));
        outer.put("code.tar.gz", TarWriter.targz(code));
        final byte[] bytes = TarWriter.targz(outer);
        return new CcaasPackage(label, bytes, label + ":" + Sha256.of(bytes), jarDigest);
    }

    /** Writes the package to {@code dir/<label>.tgz} and returns the file. */
    public Path writeTo(final Path dir) throws IOException {
        Files.createDirectories(dir);
        final Path file = dir.resolve(label + ".tgz");
        Files.write(file, bytes);
        return file;
    }

    static String sha256(final Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read chaincode jar " + file + ": " + e.getMessage(), e);
        }
    }
}
