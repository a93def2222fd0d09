// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;

/** Transaction names of the govdir chaincode, shared by the contract and the client. */
public final class DirectoryTransaction {
    public static final String CHAINCODE = "govdir";
    public static final String CONTRACT = "govdir";

    public static final String WHO_AM_I = "WhoAmI";
    public static final String REGISTER_DEPARTMENT = "RegisterDepartment";
    public static final String GET_DEPARTMENT = "GetDepartment";

    private DirectoryTransaction() {}
}
