// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which wallet identity a {@code LedgerClient} parameter connects as, e.g.
 * {@code @Identity(org = "producer", user = "farmer") LedgerClient farmer}. The client connects through
 * the Gateway of its own organisation's peer, unless {@link #via} names another organisation's peer.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Identity {
    String org();

    String user();

    /** Organisation whose peer's Gateway to use; empty means the identity's own. */
    String via() default "";
}
