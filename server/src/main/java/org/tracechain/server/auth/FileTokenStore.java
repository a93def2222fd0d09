// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.network.io.ExclusiveFileLock;

final class FileTokenStore implements TokenStore {

    static final String PREFIX = "tct_";
    /** {@code tct_}, 16 hex digits of id, {@code _}, 43 base64url characters (32 bytes, unpadded). */
    private static final Pattern TOKEN = Pattern.compile("tct_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** The file's content. */
    record TokenFile(List<TokenRecord> tokens) {
        TokenFile {
            tokens = tokens == null ? List.of() : List.copyOf(tokens);
        }
    }

    private final Path directory;
    private final Path file;
    private final Path lockFile;
    private final String organization;
    private final Clock clock;
    private volatile Cached cached;

    /** The last file read, with what identified its version (inode and modification time). */
    private record Cached(Object fileKey, long modified, long size, List<TokenRecord> tokens) {}

    FileTokenStore(final Path home, final String organization, final Clock clock) {
        this.organization = Objects.requireNonNull(organization, "organization must not be null");
        this.directory = Objects.requireNonNull(home, "home must not be null").resolve("server").resolve(organization);
        this.file = directory.resolve("tokens.json");
        this.lockFile = directory.resolve("tokens.lock");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    @SuppressWarnings("try") // the lock is held for the block, not used in it
    public IssuedToken create(final String user, final Optional<Duration> validity) throws IOException {
        Objects.requireNonNull(user, "user must not be null");
        Objects.requireNonNull(validity, "validity must not be null");
        validity.ifPresent(v -> {
            if (v.isNegative() || v.isZero()) {
                throw new IllegalArgumentException("validity must be positive");
            }
        });
        final byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        final byte[] idBytes = new byte[8];
        RANDOM.nextBytes(idBytes);
        final byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        final String id = HexFormat.of().formatHex(idBytes);
        final String token = PREFIX + id + "_" + BASE64URL.encodeToString(secret);
        final Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        final TokenRecord record = new TokenRecord(id, organization, user, BASE64URL.encodeToString(salt),
                hash(salt, token), now, validity.map(now::plus).orElse(null), null);
        try (ExclusiveFileLock lock = lock()) {
            final List<TokenRecord> tokens = new ArrayList<>(read());
            tokens.add(record);
            write(tokens);
        }
        return new IssuedToken(token, record);
    }

    @Override
    public List<TokenRecord> list() throws IOException {
        return current();
    }

    @Override
    @SuppressWarnings("try") // the lock is held for the block, not used in it
    public TokenRecord revoke(final String id) throws IOException {
        Objects.requireNonNull(id, "id must not be null");
        try (ExclusiveFileLock lock = lock()) {
            final List<TokenRecord> tokens = new ArrayList<>(read());
            for (int i = 0; i < tokens.size(); i++) {
                final TokenRecord record = tokens.get(i);
                if (record.id().equals(id)) {
                    if (record.revoked() != null) {
                        return record;
                    }
                    final TokenRecord revoked = record.revokedAt(clock.instant().truncatedTo(ChronoUnit.SECONDS));
                    tokens.set(i, revoked);
                    write(tokens);
                    return revoked;
                }
            }
        }
        throw new IllegalArgumentException("no token with id " + id + " in " + file);
    }

    @Override
    public TokenCheck check(final String token) throws IOException {
        if (token == null) {
            return TokenCheck.unknown();
        }
        final Matcher matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            return TokenCheck.unknown();
        }
        final String id = matcher.group(1);
        for (final TokenRecord record : current()) {
            if (!record.id().equals(id)) {
                continue;
            }
            final byte[] salt = Base64.getUrlDecoder().decode(record.salt());
            // Constant time: how much of the hash matched must not show in the answer's timing.
            final boolean matches = MessageDigest.isEqual(hash(salt, token).getBytes(StandardCharsets.US_ASCII),
                    record.hash().getBytes(StandardCharsets.US_ASCII));
            if (!matches) {
                return TokenCheck.unknown();
            }
            if (record.revoked() != null) {
                return new TokenCheck(TokenCheck.Outcome.REVOKED, Optional.of(record));
            }
            if (!record.activeAt(clock.instant())) {
                return new TokenCheck(TokenCheck.Outcome.EXPIRED, Optional.of(record));
            }
            return new TokenCheck(TokenCheck.Outcome.VALID, Optional.of(record));
        }
        return TokenCheck.unknown();
    }

    /** The tokens, read again only when the file changed (another process may have revoked one). */
    private List<TokenRecord> current() throws IOException {
        final BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        final Cached last = cached;
        if (last != null && Objects.equals(last.fileKey(), attributes.fileKey())
                && last.modified() == attributes.lastModifiedTime().toMillis() && last.size() == attributes.size()) {
            return last.tokens();
        }
        final List<TokenRecord> tokens = read();
        cached = new Cached(attributes.fileKey(), attributes.lastModifiedTime().toMillis(), attributes.size(), tokens);
        return tokens;
    }

    private List<TokenRecord> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return LedgerJson.fromBytes(Files.readAllBytes(file), TokenFile.class).tokens();
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not a token file: " + e.getMessage(), e);
        }
    }

    private void write(final List<TokenRecord> tokens) throws IOException {
        final Path tmp = directory.resolve("tokens.json.tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(tmp, LedgerJson.toBytes(new TokenFile(tokens)));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        cached = null;
    }

    private ExclusiveFileLock lock() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return ExclusiveFileLock.acquire(lockFile, holder -> { });
    }

    static String hash(final byte[] salt, final String token) {
        try {
            final MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "TokenStore[" + file + "]";
    }
}
