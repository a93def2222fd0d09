// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

final class FileWallet implements Wallet {

    private final Path directory;

    FileWallet(final Path directory) {
        this.directory = directory;
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public WalletIdentity identity(final String organization, final String user) throws IOException {
        Arguments.requireName(organization, "organization");
        Arguments.requireName(user, "user");
        final Path identityDirectory = directory.resolve(organization).resolve(user);
        if (!Files.isDirectory(identityDirectory)) {
            throw new IOException("no identity " + organization + "/" + user + " in wallet: " + identityDirectory
                    + " does not exist");
        }
        return WalletIdentity.load(identityDirectory);
    }

    @Override
    public List<String> list() throws IOException {
        final List<String> names = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return names;
        }
        try (Stream<Path> organizations = Files.list(directory)) {
            for (final Path organization : organizations.filter(Files::isDirectory).toList()) {
                try (Stream<Path> users = Files.list(organization)) {
                    users.filter(user -> Files.isRegularFile(user.resolve("identity.json")))
                            .forEach(user -> names.add(organization.getFileName() + "/" + user.getFileName()));
                }
            }
        }
        names.sort(null);
        return names;
    }

    @Override
    public String toString() {
        return "Wallet[" + directory + "]";
    }
}
