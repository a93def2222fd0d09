// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.crypto.CertificateAuthority.Profile;
import org.tracechain.network.crypto.MaterialCheck.Authorities;

/**
 * Generates an organisation's Fabric crypto material with BouncyCastle, in cryptogen's layout (see
 * {@link OrgMaterial}), replacing the {@code cryptogen} binary.
 *
 * <p>Keys must survive restarts: a network with a ledger only knows the identities it was created with.
 * So {@link #generate} creates material only where none exists and otherwise checks and reuses it:
 * <ul>
 *   <li>no organisation directory: everything (CAs, org MSP, all nodes and users) is built in a staging
 *       directory and renamed into place in one atomic step, so the organisation directory's existence
 *       means "complete";</li>
 *   <li>the organisation exists: its material is verified ({@link CryptoMaterialException} naming the path
 *       when anything is missing, corrupt or different from what is asked); a node or user whose directory
 *       does not exist yet is issued by the existing CAs and renamed into place the same way. Existing
 *       files are never rewritten.</li>
 * </ul>
 * Leftover staging directories (from a crash) held keys nobody ever used and are deleted. Generation is
 * serialised by a lock file per organisation, so concurrent callers (threads or JVMs) are safe.
 */
public final class CryptoGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(CryptoGenerator.class);

    private CryptoGenerator() {}

    /**
     * Ensures the material for {@code org} exists under {@code root} and returns where it is.
     *
     * @throws CryptoMaterialException when existing material is incomplete, corrupt or does not match
     *                                 {@code org}, or when files cannot be written
     */
    public static OrgMaterial generate(final Path root, final OrgCrypto org) {
        return generate(root, org, Clock.systemUTC());
    }

    /** As {@link #generate(Path, OrgCrypto)}, with certificates valid from {@code clock}'s now. */
    static synchronized OrgMaterial generate(final Path root, final OrgCrypto org, final Clock clock) {
        final OrgMaterial material = new OrgMaterial(org, OrgMaterial.orgDir(root.toAbsolutePath().normalize(), org));
        final Path orgDir = material.orgDir();
        final Path lockFile = orgDir.resolveSibling("." + org.domain() + ".lock");
        try {
            Files.createDirectories(orgDir.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                final FileLock lock = channel.lock(); // released when the channel closes
                try {
                    return ensure(material, clock.instant());
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new CryptoMaterialException(orgDir, "cannot write crypto material", e);
        }
    }

    private static OrgMaterial ensure(final OrgMaterial material, final Instant now) throws IOException {
        final OrgCrypto org = material.org();
        final Path orgDir = material.orgDir();
        final Path staging = orgDir.resolveSibling("." + org.domain() + ".staging");
        if (Files.exists(staging)) {
            LOG.warn("Deleting unfinished crypto material from an interrupted run: {}", staging);
            SecureFiles.deleteRecursively(staging);
        }
        if (isEmptyDirectory(orgDir)) {
            Files.delete(orgDir);
        }
        if (!Files.exists(orgDir)) {
            final OrgMaterial staged = new OrgMaterial(org, staging);
            final Authorities cas = createOrganisation(staged, now);
            for (NodeIdentity node : org.nodes()) {
                writeNode(staged, staged.node(node.host()), cas, now);
            }
            for (UserIdentity user : org.users()) {
                writeUser(staged, staged.user(user.name()), user, cas, now);
            }
            for (ServiceIdentity service : org.services()) {
                writeService(staged.service(service.name()), cas, now);
            }
            SecureFiles.moveDirectoryAtomically(staging, orgDir);
            LOG.info("Generated crypto material for {} ({}): {} nodes, {} users, {} services in {}", org.mspId(),
                    org.domain(), org.nodes().size(), org.users().size(), org.services().size(), orgDir);
        }
        final Authorities cas = MaterialCheck.authorities(material);
        MaterialCheck.orgMsp(material, cas);
        for (NodeIdentity node : org.nodes()) {
            final IdentityFiles files = material.node(node.host());
            if (!Files.exists(files.dir())) {
                addIdentity(files, staging, stagedFiles -> writeNode(material, stagedFiles, cas, now));
            }
            MaterialCheck.identity(material, files, cas, nodeUnit(org), Map.of());
        }
        for (UserIdentity user : org.users()) {
            final IdentityFiles files = material.user(user.name());
            if (!Files.exists(files.dir())) {
                addIdentity(files, staging, stagedFiles -> writeUser(material, stagedFiles, user, cas, now));
            }
            MaterialCheck.identity(material, files, cas, userUnit(user), user.attributes());
        }
        for (ServiceIdentity service : org.services()) {
            final IdentityFiles files = material.service(service.name());
            if (!Files.exists(files.dir())) {
                addIdentity(files, staging, stagedFiles -> writeService(stagedFiles, cas, now));
            }
            MaterialCheck.service(files, cas);
        }
        return material;
    }

    /** Writes one identity into a staging directory, then renames it into place. */
    private static void addIdentity(final IdentityFiles files, final Path staging, final IdentityWriter writer)
            throws IOException {
        final IdentityFiles staged = files.at(staging.resolve(files.dir().getFileName()));
        writer.write(staged);
        SecureFiles.moveDirectoryAtomically(staged.dir(), files.dir());
        SecureFiles.deleteRecursively(staging);
        LOG.info("Added crypto material for {}", files.fullName());
    }

    @FunctionalInterface
    private interface IdentityWriter {
        void write(IdentityFiles staged) throws IOException;
    }

    private static Authorities createOrganisation(final OrgMaterial staged, final Instant now) throws IOException {
        final String domain = staged.org().domain();
        final CertificateAuthority signing =
                CertificateAuthority.create(CertificateAuthority.subject(domain, null, "ca." + domain), now);
        final CertificateAuthority tls =
                CertificateAuthority.create(CertificateAuthority.subject(domain, null, "tlsca." + domain), now);
        SecureFiles.createPrivateDirectory(staged.caKey().getParent());
        SecureFiles.writeAtomically(staged.caKey(), Pem.encode(signing.key()), true);
        SecureFiles.writeAtomically(staged.caCert(), Pem.encode(signing.certificate()), false);
        SecureFiles.createPrivateDirectory(staged.tlsCaKey().getParent());
        SecureFiles.writeAtomically(staged.tlsCaKey(), Pem.encode(tls.key()), true);
        SecureFiles.writeAtomically(staged.tlsCaCert(), Pem.encode(tls.certificate()), false);
        final Path msp = staged.orgMspDir();
        SecureFiles.writeAtomically(msp.resolve("cacerts").resolve(staged.caCertFileName()),
                Pem.encode(signing.certificate()), false);
        SecureFiles.writeAtomically(msp.resolve("tlscacerts").resolve(staged.tlsCaCertFileName()),
                Pem.encode(tls.certificate()), false);
        SecureFiles.writeAtomically(msp.resolve(OrgMaterial.NODE_OU_CONFIG), nodeOuConfig(staged), false);
        return new Authorities(signing, tls);
    }

    private static void writeNode(final OrgMaterial material, final IdentityFiles files, final Authorities cas,
            final Instant now) throws IOException {
        writeIdentity(material, files, nodeUnit(material.org()), null, loopbackNames(files.fullName()), cas, now);
    }

    /** A TLS key and certificate only: services never sign transactions, so they get no MSP. */
    private static void writeService(final IdentityFiles files, final Authorities cas, final Instant now)
            throws IOException {
        final KeyPair tlsKeys = CertificateAuthority.newKeyPair();
        final X509Certificate tlsCert = cas.tls().issue(CertificateAuthority.subject(
                domainOf(files.fullName()), null, files.fullName()), tlsKeys.getPublic(), Profile.TLS,
                loopbackNames(files.fullName()), null, now);
        SecureFiles.createPrivateDirectory(files.tlsDir());
        SecureFiles.writeAtomically(files.tlsCa(), Pem.encode(cas.tls().certificate()), false);
        SecureFiles.writeAtomically(files.tlsKey(), Pem.encode(tlsKeys.getPrivate()), true);
        SecureFiles.writeAtomically(files.tlsCert(), Pem.encode(tlsCert), false);
    }

    private static String domainOf(final String fullName) {
        return fullName.substring(fullName.indexOf('.') + 1);
    }

    private static void writeUser(final OrgMaterial material, final IdentityFiles files, final UserIdentity user,
            final Authorities cas, final Instant now) throws IOException {
        writeIdentity(material, files, userUnit(user), FabricAttributes.encode(user.attributes()), null, cas, now);
    }

    /** {@code host.domain}, {@code host}, {@code localhost} and loopback: every node here is dialled on 127.0.0.1. */
    private static GeneralNames loopbackNames(final String fullName) {
        final String host = fullName.substring(0, fullName.indexOf('.'));
        return new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, fullName),
            new GeneralName(GeneralName.dNSName, host),
            new GeneralName(GeneralName.dNSName, "localhost"),
            ipAddress("127.0.0.1"),
            ipAddress("::1")});
    }

    private static void writeIdentity(final OrgMaterial material, final IdentityFiles files, final String unit,
            final byte[] attributes, final GeneralNames tlsSans, final Authorities cas, final Instant now)
            throws IOException {
        final String domain = material.org().domain();
        final KeyPair signingKeys = CertificateAuthority.newKeyPair();
        final X509Certificate signCert = cas.signing().issue(
                CertificateAuthority.subject(domain, unit, files.fullName()), signingKeys.getPublic(),
                Profile.SIGNING, null, attributes, now);
        final KeyPair tlsKeys = CertificateAuthority.newKeyPair();
        final X509Certificate tlsCert = cas.tls().issue(
                CertificateAuthority.subject(domain, null, files.fullName()), tlsKeys.getPublic(),
                Profile.TLS, tlsSans, null, now);

        SecureFiles.writeAtomically(files.cacert(material.caCertFileName()), Pem.encode(cas.signing().certificate()),
                false);
        SecureFiles.writeAtomically(files.tlscacert(material.tlsCaCertFileName()),
                Pem.encode(cas.tls().certificate()), false);
        SecureFiles.writeAtomically(files.nodeOuConfig(), nodeOuConfig(material), false);
        SecureFiles.createPrivateDirectory(files.keystore());
        SecureFiles.writeAtomically(files.key(), Pem.encode(signingKeys.getPrivate()), true);
        SecureFiles.writeAtomically(files.signCert(), Pem.encode(signCert), false);

        SecureFiles.createPrivateDirectory(files.tlsDir());
        SecureFiles.writeAtomically(files.tlsCa(), Pem.encode(cas.tls().certificate()), false);
        SecureFiles.writeAtomically(files.tlsKey(), Pem.encode(tlsKeys.getPrivate()), true);
        SecureFiles.writeAtomically(files.tlsCert(), Pem.encode(tlsCert), false);
    }

    /** NodeOUs: every identity is classified by its certificate's OU, all under the signing CA. */
    private static byte[] nodeOuConfig(final OrgMaterial material) {
        final String ca = "cacerts/" + material.caCertFileName();
        final StringBuilder yaml = new StringBuilder("NodeOUs:\n  Enable: true\n");
        for (String[] unit : new String[][] {
            {"ClientOUIdentifier", "client"}, {"PeerOUIdentifier", "peer"},
            {"AdminOUIdentifier", "admin"}, {"OrdererOUIdentifier", "orderer"}}) {
            yaml.append("  ").append(unit[0]).append(":\n")
                    .append("    Certificate: ").append(ca).append('\n')
                    .append("    OrganizationalUnitIdentifier: ").append(unit[1]).append('\n');
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String nodeUnit(final OrgCrypto org) {
        return org.ordererOrg() ? "orderer" : "peer";
    }

    private static String userUnit(final UserIdentity user) {
        return user.admin() ? "admin" : "client";
    }

    private static GeneralName ipAddress(final String literal) {
        try {
            return new GeneralName(GeneralName.iPAddress,
                    new DEROctetString(InetAddress.getByName(literal).getAddress()));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an IP literal: " + literal, e);
        }
    }

    private static boolean isEmptyDirectory(final Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
