// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/** Whether the data is opened to the public (开放属性), separate from sharing between departments. */
public enum OpenAttribute {
    OPEN,
    CONDITIONALLY_OPEN,
    NOT_OPEN
}
