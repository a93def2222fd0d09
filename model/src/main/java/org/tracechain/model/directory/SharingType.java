// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;

/** The national sharing attribute of a catalog entry (共享类型, 国发〔2016〕51号). */
public enum SharingType {
    /** 无条件共享: any department may use it; requests are granted on submission. */
    UNCONDITIONAL,
    /** 有条件共享: the owner decides each request against the stated conditions. */
    CONDITIONAL,
    /** 不予共享: not shared, on a recorded legal basis; requests are refused on submission. */
    NOT_SHARED;

    /** Prefix of {@link SharingRequest#decidedBy()} for decisions no person made. */
    public static final String RULE_PREFIX = "rule:";

    /**
     * Who decided a request automatically: not the requester who submitted it, but the rule this sharing type
     * stands for, as declared by the owning department's catalog entry (the version recorded in the request).
     * E.g. {@code rule:UNCONDITIONAL}.
     */
    public String decisionRule() {
        return RULE_PREFIX + name();
    }
}
