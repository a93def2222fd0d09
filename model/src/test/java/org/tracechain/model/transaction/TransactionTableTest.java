// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.food.FoodTransaction;

class TransactionTableTest {

    @Test
    void resolves_plain_and_namespaced_names_and_nothing_else() {
        final TransactionTable table = FoodTransaction.TABLE;
        assertThat(table.resolve("RegisterLot")).hasValueSatisfying(r -> {
            assertThat(r.qualifiedName()).isEqualTo("foodtrace:RegisterLot");
            assertThat(r.signature().arity()).isEqualTo(1);
            assertThat(r.signature().intent()).isEqualTo(Intent.SUBMIT);
        });
        assertThat(table.resolve("foodtrace:GetLot")).hasValueSatisfying(r ->
                assertThat(r.signature().readOnly()).isTrue());
        assertThat(table.resolve("org.hyperledger.fabric:GetMetadata")).hasValueSatisfying(r ->
                assertThat(r.qualifiedName()).isEqualTo("org.hyperledger.fabric:GetMetadata"));
        for (final String nonsense : List.of("", ":", "foodtrace:", ":RegisterLot", "govdir:RegisterLot",
                "RegisterLot:x", "foodtrace:RegisterLot:x", "registerLot", "GetMetadata", "org.hyperledger.fabric:GetLot")) {
            assertThat(table.resolve(nonsense)).as(nonsense).isEmpty();
        }
        assertThat(table.resolve(null)).isEmpty();
    }

    @Test
    void the_tables_know_transient_entries_and_reject_duplicate_names() {
        assertThat(FoodTransaction.TABLE.find(FoodTransaction.SHIP).orElseThrow().transientKeys())
                .containsExactlyInAnyOrder(FoodTransaction.TRANSIENT_TERMS, FoodTransaction.TRANSIENT_TERMS_SALT);
        assertThat(FoodTransaction.TABLE.find(FoodTransaction.RECEIVE).orElseThrow().transientKeys())
                .containsExactlyInAnyOrder(FoodTransaction.TRANSIENT_TERMS, FoodTransaction.TRANSIENT_TERMS_SALT);
        assertThat(FoodTransaction.TABLE.find(FoodTransaction.REGISTER_LOT).orElseThrow().transientKeys()).isEmpty();
        assertThat(DirectoryTransaction.TABLE.all()).allSatisfy(s -> assertThat(s.transientKeys()).isEmpty());
        assertThatThrownBy(() -> new TransactionTable("x", List.of(TransactionSignature.evaluate("A"),
                TransactionSignature.submit("A")))).hasMessageContaining("twice");
    }

    @Test
    void json_parameters_name_model_records_and_identifiers_are_strings() {
        for (final TransactionTable table : List.of(FoodTransaction.TABLE, DirectoryTransaction.TABLE)) {
            for (final TransactionSignature signature : table.all()) {
                for (final Parameter parameter : signature.parameters()) {
                    if (parameter.kind() == ArgumentKind.JSON) {
                        assertThat(parameter.type().isRecord()).as(signature.name()).isTrue();
                        assertThat(parameter.type().getPackageName()).startsWith("org.tracechain.model.");
                    } else {
                        assertThat(parameter.type()).isEqualTo(String.class);
                    }
                }
            }
        }
    }
}
