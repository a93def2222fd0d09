// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class GatewayProfileImpl implements GatewayProfile {

    private final String organization;
    private final String mspId;
    private final String peerEndpoint;
    private final String peerHostOverride;
    private final Path tlsRootCertificate;
    private final List<String> channels;

    private GatewayProfileImpl(final BuilderImpl builder) {
        this.organization = builder.organization;
        this.mspId = builder.mspId;
        this.peerEndpoint = builder.peerEndpoint;
        this.peerHostOverride = builder.peerHostOverride;
        this.tlsRootCertificate = builder.tlsRootCertificate;
        this.channels = builder.channels;
    }

    static GatewayProfile load(final Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        final ProfileFile json = ConfigFiles.read(file, ProfileFile.class, "gateway profile");
        final BuilderImpl builder = new BuilderImpl();
        try {
            builder.organization(ConfigFiles.required(json.organization(), "organization", file))
                    .mspId(ConfigFiles.required(json.mspId(), "mspId", file))
                    .peerEndpoint(ConfigFiles.required(json.peerEndpoint(), "peerEndpoint", file))
                    .tlsRootCertificate(Path.of(ConfigFiles.required(json.tlsRootCertificate(), "tlsRootCertificate", file)));
            if (json.peerHostOverride() != null && !json.peerHostOverride().isBlank()) {
                builder.peerHostOverride(json.peerHostOverride());
            }
            if (json.channels() != null) {
                builder.channels(json.channels().toArray(String[]::new));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("gateway profile " + file + " is invalid: " + e.getMessage(), e);
        }
        return builder.build();
    }

    @Override
    public String organization() {
        return organization;
    }

    @Override
    public String mspId() {
        return mspId;
    }

    @Override
    public String peerEndpoint() {
        return peerEndpoint;
    }

    @Override
    public Optional<String> peerHostOverride() {
        return Optional.ofNullable(peerHostOverride);
    }

    @Override
    public Path tlsRootCertificate() {
        return tlsRootCertificate;
    }

    @Override
    public List<String> channels() {
        return channels;
    }

    @Override
    public String toString() {
        return "GatewayProfile[" + organization + " (" + mspId + ") at " + peerEndpoint
                + (peerHostOverride == null ? "" : " as " + peerHostOverride) + ", channels " + channels + "]";
    }

    static final class BuilderImpl implements GatewayProfile.Builder {
        private String organization;
        private String mspId;
        private String peerEndpoint;
        private String peerHostOverride;
        private Path tlsRootCertificate;
        private List<String> channels = List.of();

        @Override
        public Builder organization(final String organization) {
            this.organization = Arguments.requireName(organization, "organization");
            return this;
        }

        @Override
        public Builder mspId(final String mspId) {
            this.mspId = Arguments.requireNonBlank(mspId, "mspId");
            return this;
        }

        @Override
        public Builder peerEndpoint(final String endpoint) {
            Arguments.requireNonBlank(endpoint, "peerEndpoint");
            final int colon = endpoint.lastIndexOf(':');
            if (colon <= 0 || colon == endpoint.length() - 1 || !endpoint.substring(colon + 1).chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("peerEndpoint must be host:port, got \"" + endpoint + "\"");
            }
            this.peerEndpoint = endpoint;
            return this;
        }

        @Override
        public Builder peerHostOverride(final String host) {
            this.peerHostOverride = Arguments.requireNonBlank(host, "peerHostOverride");
            return this;
        }

        @Override
        public Builder tlsRootCertificate(final Path pemFile) {
            this.tlsRootCertificate = Arguments.requireNonNull(pemFile, "tlsRootCertificate");
            return this;
        }

        @Override
        public Builder channels(final String... channels) {
            final String[] copy = Arguments.requireNoNullElements(channels, "channels");
            for (final String channel : copy) {
                Arguments.requireNonBlank(channel, "channel");
            }
            this.channels = List.of(copy);
            return this;
        }

        @Override
        public GatewayProfile build() {
            requireSet(organization, "organization");
            requireSet(mspId, "mspId");
            requireSet(peerEndpoint, "peerEndpoint");
            requireSet(tlsRootCertificate, "tlsRootCertificate");
            return new GatewayProfileImpl(this);
        }

        private static void requireSet(final Object value, final String name) {
            if (value == null) {
                throw new IllegalStateException(name + " was not set");
            }
        }
    }
}
