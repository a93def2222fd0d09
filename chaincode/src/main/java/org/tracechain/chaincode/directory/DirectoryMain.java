// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import org.tracechain.chaincode.runtime.ChaincodeMain;
import org.tracechain.model.directory.DirectoryTransaction;

/** Entry point of {@code govdir-chaincode.jar}. */
public final class DirectoryMain {

    private DirectoryMain() {}

    public static void main(final String[] args) throws Exception {
        ChaincodeMain.run(args, DirectoryTransaction.TABLE);
    }
}
