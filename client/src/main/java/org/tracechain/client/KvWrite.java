// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One public key-value write of a transaction: a key of a chaincode's namespace set to a value, or deleted.
 * Composite keys keep Fabric's form ({@code \u0000type\u0000attr\u0000...\u0000}).
 */
public final class KvWrite {

    private final String namespace;
    private final String key;
    private final byte[] value;
    private final boolean delete;

    /**
     * @param namespace the namespace (chaincode name)
     * @param key the key
     * @param value the value written (empty for a delete)
     * @param delete true for a delete
     */
    public KvWrite(final String namespace, final String key, final byte[] value, final boolean delete) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.key = Objects.requireNonNull(key, "key");
        this.value = Objects.requireNonNull(value, "value").clone();
        this.delete = delete;
    }

    /** The namespace (chaincode name) written. */
    public String namespace() {
        return namespace;
    }

    /** The key, as the chaincode wrote it. */
    public String key() {
        return key;
    }

    /** A copy of the value bytes (empty for a delete). */
    public byte[] value() {
        return value.clone();
    }

    /** The value as UTF-8 text (tracechain chaincodes write canonical JSON). */
    public String valueText() {
        return new String(value, StandardCharsets.UTF_8);
    }

    /** True when the key was deleted. */
    public boolean isDelete() {
        return delete;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof KvWrite that && namespace.equals(that.namespace) && key.equals(that.key)
                && Arrays.equals(value, that.value) && delete == that.delete;
    }

    @Override
    public int hashCode() {
        return Objects.hash(namespace, key, Arrays.hashCode(value), delete);
    }

    @Override
    public String toString() {
        return "KvWrite[" + namespace + " " + key.replace('\u0000', '/') + (delete ? " deleted" : " " + value.length
                + " bytes") + "]";
    }
}
