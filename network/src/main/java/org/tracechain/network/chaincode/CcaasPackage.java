// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.chaincode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.tracechain.network.io.Sha256;

/**
 * A chaincode-as-a-service package for one organisation: {@code metadata.json} (type ccaas, label) and
 * {@code code.tar.gz} with {@code connection.json}, which tells that organisation's peer where its own chaincode
 * server listens and how to reach it over mutual TLS. The label embeds the chaincode jar's digest, so a changed jar
 * yields a new package id and the deployer moves the definition to a new sequence. Each organisation's package
 * differs (address, certificates), so each has its own package id; Fabric's lifecycle allows that, since the
 * package id is an organisation's local choice in its approval.
 *
 * @param label package label, {@code <chaincode>_<12 hex of the jar's SHA-256>}, the same for every organisation
 * @param bytes the package file content
 * @param packageId {@code label:sha256(bytes)}, as the peer computes it
 * @param jarDigest full SHA-256 of the chaincode jar
 */
public record CcaasPackage(String label, byte[] bytes, String packageId, String jarDigest) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The TLS settings in {@code connection.json}: the peer checks the chaincode server's certificate against
     * {@code rootCert} and presents {@code clientCert}/{@code clientKey} (all PEM).
     */
    public record ConnectionTls(String rootCert, String clientCert, String clientKey) {
        public ConnectionTls {
            Objects.requireNonNull(rootCert, "rootCert");
            Objects.requireNonNull(clientCert, "clientCert");
            Objects.requireNonNull(clientKey, "clientKey");
        }

        /** Reads the three PEM files. */
        public static ConnectionTls read(final Path rootCert, final Path clientCert, final Path clientKey)
                throws IOException {
            return new ConnectionTls(Files.readString(rootCert), Files.readString(clientCert),
                    Files.readString(clientKey));
        }
    }

    /** Builds the package for {@code chaincode} served from {@code jar} at {@code 127.0.0.1:port} over mutual TLS. */
    public static CcaasPackage create(final String chaincode, final Path jar, final int port, final ConnectionTls tls) {
        return create(chaincode, jar, "127.0.0.1", port, tls);
    }

    /** Builds the package for {@code chaincode} served from {@code jar} at {@code host:port} over mutual TLS. */
    public static CcaasPackage create(final String chaincode, final Path jar, final String host, final int port,
            final ConnectionTls tls) {
        final String jarDigest = sha256(jar);
        final String label = chaincode + "_" + jarDigest.substring(0, 12);
        final Map<String, byte[]> code = new LinkedHashMap<>();
        code.put("connection.json", connection(host, port, tls));
        // Not read by the builder: records which jar this package stands for.
        code.put("chaincode.sha256", (jarDigest + "\n").getBytes(StandardCharsets.UTF_8));
        final Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("metadata.json", ("{\"type\":\"ccaas\",\"label\":\"" + label + "\"}").getBytes(StandardCharsets.UTF_8));
        outer.put("code.tar.gz", TarWriter.targz(code));
        final byte[] bytes = TarWriter.targz(outer);
        return new CcaasPackage(label, bytes, label + ":" + Sha256.of(bytes), jarDigest);
    }

    /** Fabric's {@code ChaincodeServerUserData}: booleans as JSON booleans, certificates and key as PEM text. */
    private static byte[] connection(final String host, final int port, final ConnectionTls tls) {
        final Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("address", host + ":" + port);
        connection.put("dial_timeout", "10s");
        connection.put("tls_required", true);
        connection.put("client_auth_required", true);
        connection.put("root_cert", tls.rootCert());
        connection.put("client_cert", tls.clientCert());
        connection.put("client_key", tls.clientKey());
        try {
            return JSON.writeValueAsBytes(connection);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the package to {@code dir/<name>} readable by its owner only (it holds the peer's TLS client key for
     * the chaincode server) and returns the file.
     */
    public Path writeTo(final Path dir, final String name) throws IOException {
        Files.createDirectories(dir);
        final Path file = dir.resolve(name);
        Files.write(file, bytes);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
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
