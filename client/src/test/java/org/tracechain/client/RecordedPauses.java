// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestCredentials;

/** A client on a fake gateway whose waits between attempts are recorded instead of slept. */
final class RecordedPauses implements SubmitSupport.Pause {

    private final List<Duration> pauses = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(final Duration duration) {
        pauses.add(duration);
    }

    List<Duration> pauses() {
        return List.copyOf(pauses);
    }

    /** A farmer's client on {@code gateway}: short deadlines, recorded pauses, the given jitter source. */
    LedgerClientImpl.BuilderImpl client(final Path home, final FakeGateway gateway, final RandomGenerator random)
            throws IOException {
        final LedgerClientImpl.BuilderImpl builder = ((LedgerClientImpl.BuilderImpl) LedgerClient.newBuilder())
                .pause(this).random(random);
        builder.identity(TestCredentials.identity(home, "producer", "farmer", "ProducerMSP", "producer"))
                .connection(gateway.channel())
                .commitStatusTimeout(Duration.ofMillis(300));
        return builder;
    }
}
