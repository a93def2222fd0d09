// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/** Publication state of a catalog entry version. */
public enum PublicationState {
    DRAFT,
    PUBLISHED,
    RETIRED
}
