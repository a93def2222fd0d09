// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

/**
 * One node's state as {@code status} reports it.
 *
 * @param name node name
 * @param kind orderer, peer, chaincode, postgres or supervisor
 * @param pid process id when running, else -1
 * @param healthy whether its health endpoint (or chaincode port) answers OK
 * @param detail health endpoint answer or why it is down
 * @param log the node's log file
 */
public record NodeStatus(String name, String kind, long pid, boolean healthy, String detail, String log) {
    public boolean running() {
        return pid > 0;
    }
}
