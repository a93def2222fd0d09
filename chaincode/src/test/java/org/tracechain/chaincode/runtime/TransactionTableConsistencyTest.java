// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracechain.chaincode.directory.DirectoryContract;
import org.tracechain.chaincode.food.FoodTraceContract;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.transaction.Intent;
import org.tracechain.model.transaction.TransactionSignature;
import org.tracechain.model.transaction.TransactionTable;

/** The shared table and the contracts agree: same transactions, same intent, same number of arguments. */
class TransactionTableConsistencyTest {

    record Chaincode(Class<?> contract, TransactionTable table) {
        @Override
        public String toString() {
            return table.contract();
        }
    }

    static List<Chaincode> chaincodes() {
        return List.of(new Chaincode(FoodTraceContract.class, FoodTransaction.TABLE),
                new Chaincode(DirectoryContract.class, DirectoryTransaction.TABLE));
    }

    @ParameterizedTest
    @MethodSource("chaincodes")
    void every_transaction_method_matches_its_table_entry_and_the_table_has_no_others(final Chaincode chaincode) {
        final List<Method> methods = Arrays.stream(chaincode.contract().getMethods())
                .filter(m -> m.isAnnotationPresent(Transaction.class)).toList();
        assertThat(methods).extracting(m -> m.getAnnotation(Transaction.class).name())
                .containsExactlyInAnyOrderElementsOf(chaincode.table().all().stream()
                        .map(TransactionSignature::name).toList());
        for (final Method method : methods) {
            final Transaction annotation = method.getAnnotation(Transaction.class);
            final TransactionSignature signature = chaincode.table().find(annotation.name()).orElseThrow();
            assertThat(signature.arity()).as(annotation.name()).isEqualTo(method.getParameterCount() - 1);
            assertThat(signature.intent()).as(annotation.name()).isEqualTo(
                    annotation.intent() == Transaction.TYPE.SUBMIT ? Intent.SUBMIT : Intent.EVALUATE);
            assertThat(Arrays.stream(method.getParameterTypes()).skip(1)).as(annotation.name())
                    .allMatch(String.class::equals);
        }
    }
}
