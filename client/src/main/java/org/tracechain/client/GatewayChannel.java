// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import io.grpc.ChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The TLS connection a client opens to its gateway peer, with its own one-thread event loop. gRPC's shared event
 * loop lives on for a second after its last channel and its threads sit in native code; {@code System.exit} waits
 * up to 300 ms for such threads, which every command line run paid. This loop ends when the client closes.
 */
final class GatewayChannel {

    /** Fabric's default peer message limit. */
    private static final int MAX_INBOUND_MESSAGE_BYTES = 100 * 1024 * 1024;

    private final ManagedChannel channel;
    private final EventLoopGroup eventLoop;

    private GatewayChannel(final ManagedChannel channel, final EventLoopGroup eventLoop) {
        this.channel = channel;
        this.eventLoop = eventLoop;
    }

    /** Opens (lazily: the first call dials) a channel to the profile's peer, trusting its TLS root certificate. */
    static GatewayChannel open(final GatewayProfile profile) throws IOException {
        final Path tlsRoot = profile.tlsRootCertificate();
        if (!Files.isReadable(tlsRoot)) {
            throw new IOException("TLS root certificate of " + profile.organization() + " not readable: " + tlsRoot);
        }
        final ChannelCredentials credentials;
        try {
            credentials = TlsChannelCredentials.newBuilder().trustManager(tlsRoot.toFile()).build();
        } catch (IOException | RuntimeException e) {
            throw new IOException("TLS root certificate " + tlsRoot + " is not a PEM certificate: " + e.getMessage(), e);
        }
        final EventLoopGroup eventLoop = new NioEventLoopGroup(1,
                new DefaultThreadFactory("tracechain-" + profile.organization(), true));
        try {
            final NettyChannelBuilder builder = NettyChannelBuilder.forTarget(profile.peerEndpoint(), credentials)
                    .eventLoopGroup(eventLoop)
                    .channelType(NioSocketChannel.class)
                    // gRPC's 4 MiB default cuts off large query results (a 10,000-lot trace); peers send up to 100 MiB.
                    .maxInboundMessageSize(MAX_INBOUND_MESSAGE_BYTES);
            profile.peerHostOverride().ifPresent(builder::overrideAuthority);
            return new GatewayChannel(builder.build(), eventLoop);
        } catch (RuntimeException e) {
            eventLoop.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    ManagedChannel channel() {
        return channel;
    }

    /** Stops at once what was not stopped within {@code grace}; then ends the event loop's thread. */
    void close(final Duration grace) {
        channel.shutdown();
        try {
            if (!channel.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                channel.shutdownNow().awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            channel.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            eventLoop.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).awaitUninterruptibly(grace.toMillis());
        }
    }

    /** Drops the channel at once, for a client that failed to start. */
    void abort() {
        channel.shutdownNow();
        eventLoop.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
    }
}
