// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hyperledger.fabric.client.identity.Identity;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class FileWalletIdentity implements WalletIdentity {

    private static final Logger LOG = LoggerFactory.getLogger(FileWalletIdentity.class);
    private static final Set<PosixFilePermission> GROUP_OR_OTHER = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final String organization;
    private final String user;
    private final String mspId;
    private final List<String> roles;
    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final Path directory;

    private FileWalletIdentity(final IdentityFile file, final X509Certificate certificate, final PrivateKey privateKey,
            final Path directory) {
        this.organization = file.organization();
        this.user = file.user();
        this.mspId = file.mspId();
        this.roles = file.roles() == null ? List.of() : List.copyOf(file.roles());
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.directory = directory;
    }

    static WalletIdentity load(final Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory must not be null");
        final Path descriptor = directory.resolve("identity.json");
        final IdentityFile file = ConfigFiles.read(descriptor, IdentityFile.class, "identity file");
        ConfigFiles.required(file.organization(), "organization", descriptor);
        ConfigFiles.required(file.user(), "user", descriptor);
        ConfigFiles.required(file.mspId(), "mspId", descriptor);
        final Path certificatePath = directory.resolve(ConfigFiles.required(file.certificate(), "certificate", descriptor));
        final Path keyPath = directory.resolve(ConfigFiles.required(file.privateKey(), "privateKey", descriptor));
        final X509Certificate certificate = readCertificate(certificatePath);
        final PrivateKey key = readPrivateKey(keyPath);
        warnIfReadableByOthers(keyPath);
        return new FileWalletIdentity(file, certificate, key, directory);
    }

    private static X509Certificate readCertificate(final Path file) throws IOException {
        final String pem = ConfigFiles.readText(file, "certificate file");
        try {
            return Pem.readCertificate(pem);
        } catch (CertificateException | RuntimeException e) {
            throw new IOException("certificate file " + file + " is not a PEM X.509 certificate: " + e.getMessage(), e);
        }
    }

    private static PrivateKey readPrivateKey(final Path file) throws IOException {
        final String pem = ConfigFiles.readText(file, "private key file");
        try {
            return Pem.readPrivateKey(pem);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // The text is in memory, so an IOException is a parse error; BouncyCastle also throws runtime exceptions.
            throw new IOException("private key file " + file + " is not a PEM private key: " + e.getMessage(), e);
        }
    }

    private static void warnIfReadableByOthers(final Path keyFile) {
        try {
            final Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
            permissions.retainAll(GROUP_OR_OTHER);
            if (!permissions.isEmpty()) {
                LOG.warn("private key file {} is accessible by group or others ({}); it should be mode 0600",
                        keyFile, permissions);
            }
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("cannot check permissions of {}", keyFile, e);
        }
    }

    @Override
    public String organization() {
        return organization;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String mspId() {
        return mspId;
    }

    @Override
    public List<String> roles() {
        return roles;
    }

    @Override
    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public Identity fabricIdentity() {
        return new CertificateIdentity(mspId, certificate);
    }

    @Override
    public Signer signer() {
        // EC (every Fabric CA and cryptogen key) signs through the JDK; other algorithms through fabric-gateway.
        return privateKey instanceof ECPrivateKey ec ? new EcdsaSigner(ec) : Signers.newPrivateKeySigner(privateKey);
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public String toString() {
        return organization + "/" + user + " (" + mspId + ")";
    }
}
