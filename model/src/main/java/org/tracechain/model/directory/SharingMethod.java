// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/** How shared data is delivered (共享方式). */
public enum SharingMethod {
    API,
    FILE,
    DATABASE,
    ONLINE_QUERY,
    OFFLINE
}
