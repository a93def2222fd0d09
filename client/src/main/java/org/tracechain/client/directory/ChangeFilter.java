// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory;

import java.util.Set;

/**
 * Which changes a follower is told about: changes of the followed entries, of every entry of the followed owner
 * departments, and decisions and revocations concerning the following department's own requests and grants.
 * With nothing named, everything passes.
 */
record ChangeFilter(Set<String> entryCodes, Set<String> ownerDepartments, String requesterDepartment) {

    ChangeFilter {
        entryCodes = Set.copyOf(entryCodes);
        ownerDepartments = Set.copyOf(ownerDepartments);
    }

    boolean followsEverything() {
        return entryCodes.isEmpty() && ownerDepartments.isEmpty() && requesterDepartment == null;
    }

    boolean accepts(final DirectoryChange change) {
        return followsEverything()
                || entryCodes.contains(change.entryCode())
                || ownerDepartments.contains(change.ownerDepartmentCode())
                || requesterDepartment != null && requesterDepartment.equals(change.requesterDepartmentCode());
    }
}
