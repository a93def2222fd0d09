// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.node;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/** What the running HotSpot JVM offers, for options that only some JDK 17 updates have. */
final class VmOptions {

    private VmOptions() {}

    /**
     * Whether this JVM takes the {@code -XX} option {@code name} without unlocking (HotSpot does not show an
     * experimental or diagnostic option here unless it was unlocked).
     */
    static boolean known(final String name) {
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
