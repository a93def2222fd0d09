// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * A client identity for unit tests: an MSP id and a real X.509 certificate (with role attributes), as
 * the shim's {@code ClientIdentity} reads them from a proposal's creator.
 */
public record TestIdentity(String mspId, String certificatePem) {

    /** The creator bytes of a proposal signed by this identity. */
    public byte[] serializedIdentity() {
        return SerializedIdentity.newBuilder()
                .setMspid(mspId)
                .setIdBytes(com.google.protobuf.ByteString.copyFromUtf8(certificatePem))
                .build()
                .toByteArray();
    }
}
