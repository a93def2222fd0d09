// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.supervisor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.HomeLock;
import org.tracechain.network.NetworkException;
import org.tracechain.network.io.ExclusiveFileLock;
import org.tracechain.network.process.NodeProcesses;

/**
 * Keeps a network's processes running between commands: a tracked node (one with a PID file) whose process has
 * died is started again as it was last started, after a back-off that doubles with each restart (1 s up to a
 * minute) and starts over once the node has stayed up for a while; logs past a size are rotated. {@code down} and
 * {@code network stop} remove a node's PID file, so a node stopped on purpose is never restarted; a node whose
 * ledger directory is gone is not restarted either ({@code network repair} rebuilds it). While a network command
 * holds the home's lock, the supervisor keeps its hands off.
 */
public final class Supervisor {

    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);
    /** The supervisor's own name among the tracked processes. */
    public static final String NAME = "supervisor";

    /** Timings and limits. */
    public record Settings(Duration minBackoff, Duration maxBackoff, Duration stableAfter, long logLimitBytes,
            int logsKept) {
        /** 1 s doubling to 60 s, reset after 2 minutes up; logs rotated past 16 MiB, 3 copies kept. */
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofMinutes(2), 16L << 20, 3);
    }

    /** What the supervisor remembers of a node between rounds. */
    private static final class Watch {
        int restarts;
        Duration backoff;
        Instant notBefore = Instant.MIN;
        Instant lastRestart;
        String note;

        Watch(final Duration backoff) {
            this.backoff = backoff;
        }
    }

    private final Path home;
    private final Path runDir;
    private final NodeProcesses processes;
    private final Settings settings;
    private final Clock clock;
    private final LogRotation rotation;
    private final Map<String, Watch> watches = new HashMap<>();

    public Supervisor(final Path home, final Settings settings, final Clock clock) {
        this.home = home;
        this.runDir = home.resolve("run");
        this.processes = new NodeProcesses(runDir);
        this.settings = settings;
        this.clock = clock;
        this.rotation = new LogRotation(settings.logLimitBytes(), settings.logsKept());
    }

    /** One round over every tracked node: restart what died (when due), rotate what grew. */
    public void round() {
        for (final String node : processes.tracked()) {
            if (node.equals(NAME)) {
                continue;
            }
            final Watch watch = watches.computeIfAbsent(node, n -> new Watch(settings.minBackoff()));
            if (processes.running(node).isPresent()) {
                stayedUp(node, watch);
            } else {
                died(node, watch);
            }
            rotateLog(node);
        }
    }

    /** Runs rounds every {@code interval} until the thread is interrupted. */
    public void run(final Duration interval) {
        LOG.info("Supervising the network in {}", home);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                round();
            } catch (RuntimeException e) {
                LOG.warn("supervision round failed: {}", e.getMessage());
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LOG.info("Supervisor stopping");
    }

    private void stayedUp(final String node, final Watch watch) {
        if (watch.note != null) {
            // Started again by a command (a repair, 'up', 'network start'): what kept it down is no longer so.
            watch.note = null;
            record(node, watch);
        }
        if (watch.lastRestart != null && watch.backoff.compareTo(settings.minBackoff()) > 0
                && Duration.between(watch.lastRestart, clock.instant()).compareTo(settings.stableAfter()) > 0) {
            watch.backoff = settings.minBackoff();
        }
    }

    @SuppressWarnings("try") // the lock is held for the duration of the block
    private void died(final String node, final Watch watch) {
        final Instant now = clock.instant();
        if (now.isBefore(watch.notBefore)) {
            return;
        }
        final Optional<Path> missing = processes.missingRequirement(node);
        if (missing.isPresent()) {
            note(node, watch, "not restarted: " + missing.get() + " is missing; rebuild it with "
                    + "'tracechain network repair --node " + node + "'");
            return;
        }
        try {
            final Optional<ExclusiveFileLock> lock = HomeLock.tryAcquire(home);
            if (lock.isEmpty()) {
                return; // a network command is at work on this home: it starts and stops nodes itself
            }
            try (ExclusiveFileLock held = lock.get()) {
                if (processes.running(node).isPresent() || !processes.tracked().contains(node)) {
                    return; // started again, or stopped on purpose, while we waited
                }
                processes.restart(node);
                watch.restarts++;
                watch.lastRestart = now;
                watch.notBefore = now.plus(watch.backoff);
                LOG.warn("{} had died; restarted it (restart {}), next restart not before {} s from now", node,
                        watch.restarts, watch.backoff.toSeconds());
                watch.backoff = min(watch.backoff.multipliedBy(2), settings.maxBackoff());
                watch.note = null;
                record(node, watch);
            }
        } catch (IOException | NetworkException e) {
            watch.notBefore = now.plus(watch.backoff);
            watch.backoff = min(watch.backoff.multipliedBy(2), settings.maxBackoff());
            note(node, watch, "restart failed: " + e.getMessage());
        }
    }

    private void note(final String node, final Watch watch, final String note) {
        if (!note.equals(watch.note)) {
            LOG.warn("{}: {}", node, note);
            watch.note = note;
            record(node, watch);
        }
    }

    private void record(final String node, final Watch watch) {
        try {
            new RestartRecord(watch.restarts, watch.lastRestart == null ? null : watch.lastRestart.toString(),
                    watch.note).write(runDir, node);
        } catch (IOException e) {
            LOG.warn("cannot record the restarts of {}: {}", node, e.getMessage());
        }
    }

    private void rotateLog(final String node) {
        try {
            final Optional<Path> log = processes.log(node);
            if (log.isPresent() && rotation.rotateIfFull(log.get())) {
                LOG.info("Rotated the log of {}", node);
            }
        } catch (IOException | NetworkException e) {
            LOG.warn("cannot rotate the log of {}: {}", node, e.getMessage());
        }
    }

    private static Duration min(final Duration a, final Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
