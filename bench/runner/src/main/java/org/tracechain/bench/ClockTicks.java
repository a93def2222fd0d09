// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The kernel's clock ticks per second ({@code getconf CLK_TCK}), the unit of {@code /proc/<pid>/stat} CPU times. */
final class ClockTicks {

    private static final Logger LOG = LoggerFactory.getLogger(ClockTicks.class);
    /** What every Linux architecture tracechain runs on reports; used only when getconf cannot be run. */
    private static final long USUAL = 100;

    private ClockTicks() {}

    static long perSecond() {
        try {
            final Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            final String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (getconf.waitFor(10, TimeUnit.SECONDS) && getconf.exitValue() == 0) {
                return Long.parseLong(out);
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("getconf CLK_TCK failed ({}); assuming {} ticks per second", e.getMessage(), USUAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return USUAL;
    }
}
