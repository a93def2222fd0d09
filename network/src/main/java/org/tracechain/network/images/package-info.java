// SPDX-License-Identifier: Apache-2.0
/**
 * Container images of the network built on this machine: {@link org.tracechain.network.images.FabricImages}.
 */
package org.tracechain.network.images;
