// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated certificates, read by the chaincode shim's own ClientIdentity, as a peer would hand them over. */
class ClientIdentityRoundTripTest {

    @TempDir
    static Path root;

    static OrgMaterial farm;

    @BeforeAll
    static void generate() {
        farm = CryptoGenerator.generate(root, Fixtures.farm());
    }

    @Test
    void the_shim_reads_the_role_attribute_of_a_client() throws Exception {
        final ClientIdentity identity = new ClientIdentity(stubWithCreator("FarmMSP", farm.userCert("farmer")));

        assertThat(identity.getMSPID()).isEqualTo("FarmMSP");
        assertThat(identity.getAttributeValue("role")).isEqualTo("producer");
        assertThat(identity.assertAttributeValue("role", "producer")).isTrue();
        assertThat(identity.getId()).startsWith("x509::CN=farmer@farm.tracechain.test, OU=client, ")
                .contains("::CN=ca.farm.tracechain.test, ");
    }

    @Test
    void the_shim_sees_no_attributes_on_an_admin() throws Exception {
        final ClientIdentity identity = new ClientIdentity(stubWithCreator("FarmMSP", farm.userCert("Admin")));

        assertThat(identity.getAttributeValue("role")).isNull();
        assertThat(identity.getX509Certificate().getSubjectX500Principal().getName()).contains("OU=admin");
    }

    private static ChaincodeStub stubWithCreator(final String mspId, final Path certificate) throws Exception {
        final byte[] creator = SerializedIdentity.newBuilder()
                .setMspid(mspId)
                .setIdBytes(ByteString.copyFrom(Files.readAllBytes(certificate)))
                .build()
                .toByteArray();
        return (ChaincodeStub) Proxy.newProxyInstance(ChaincodeStub.class.getClassLoader(),
                new Class<?>[] {ChaincodeStub.class}, (proxy, method, args) -> {
                    if ("getCreator".equals(method.getName())) {
                        return creator.clone();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
