// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.error.ErrorMessage;
import org.tracechain.model.text.StrictText;
import org.tracechain.model.transaction.TransactionSignature;
import org.tracechain.model.transaction.TransactionTable;

/**
 * What the peer talks to: checks every call against the chaincode's {@link TransactionTable} before anything
 * reads the ledger, then hands it to Fabric's contract router.
 *
 * <p>Fabric's {@code ContractRouter} (fabric-chaincode-java 2.5) answers a call without arguments with success
 * (a no-op transaction that commits), routes an unknown or empty function name to
 * {@code ContractInterface.unknownTransaction}, throws on an unknown contract namespace or {@code a:b:c} names
 * ("Unexpected error"), ignores extra arguments and fails with an {@code IndexOutOfBoundsException} on missing
 * ones (again "Unexpected error"), and decodes arguments with U+FFFD for invalid UTF-8. A contract cannot fix
 * this itself: {@code ContractInterface.beforeTransaction} runs only after the router has converted the arguments
 * (so a missing one has already failed, and an empty call never gets there). The gate refuses all of these with
 * a code instead: {@code WRONG_ARGUMENTS}, {@code UNKNOWN_TRANSACTION}, {@code INVALID_ENCODING}.
 * The router then receives the call under its fully qualified name ({@code contract:Transaction}), so it runs
 * exactly the transaction the gate checked.
 *
 * <p>Refusals are normal operation: they answer status 400 (a client error; the peer does not endorse it, and
 * the shim does not log it as a failed invocation) and are logged as one INFO line with the code, the transaction
 * and the transaction id, never with argument values. Anything else that fails is a fault: status 500 and a
 * SEVERE line (the shim logs its stack trace).
 */
public final class TransactionGate implements Chaincode {

    private static final Logger LOG = Logger.getLogger(TransactionGate.class.getName());

    private final Chaincode router;
    private final TransactionTable table;

    /**
     * @param router Fabric's contract router (or any chaincode that serves the table's transactions)
     * @param table the transactions the chaincode serves
     */
    public TransactionGate(final Chaincode router, final TransactionTable table) {
        this.router = router;
        this.table = table;
    }

    /** The chaincode the gate hands checked calls to. */
    Chaincode router() {
        return router;
    }

    @Override
    public Response init(final ChaincodeStub stub) {
        return handle(stub);
    }

    @Override
    public Response invoke(final ChaincodeStub stub) {
        return handle(stub);
    }

    private Response handle(final ChaincodeStub stub) {
        TransactionTable.Resolved resolved = null;
        try {
            resolved = resolve(stub);
            checkArguments(stub, resolved);
        } catch (ChaincodeException refusal) {
            // An unresolved name is the caller's text: it is not logged.
            return refused(refusal.getMessage(), refusal.getPayload(), Refusal.codeOf(refusal),
                    resolved == null ? "(no known transaction)" : resolved.qualifiedName(), stub.getTxId());
        }
        final TransactionTable.Resolved call = resolved;
        final ResolvedCallStub resolvedStub = new ResolvedCallStub(stub, call);
        final Response response = router.invoke(resolvedStub);
        if (response.getStatusCode() < Response.Status.ERROR_THRESHOLD.getCode()) {
            return flushed(resolvedStub, call, response);
        }
        final Optional<String> code = refusalCode(response);
        if (code.isPresent()) {
            return refused(response.getMessage(), response.getPayload(), code.get(), call.qualifiedName(),
                    stub.getTxId());
        }
        LOG.severe(() -> String.format("fault: %s tx %s failed with status %d and no refusal code",
                call.qualifiedName(), stub.getTxId(), response.getStatusCode()));
        return response;
    }

    /** The response once the transaction's writes reached the peer; a fault if they did not. */
    private static Response flushed(final ResolvedCallStub stub, final TransactionTable.Resolved call,
            final Response response) {
        try {
            stub.flushWrites();
            return response;
        } catch (RuntimeException e) {
            LOG.severe(() -> String.format("fault: %s tx %s: its writes did not reach the peer: %s",
                    call.qualifiedName(), stub.getTxId(), e));
            return new Response(Response.Status.INTERNAL_SERVER_ERROR, "writes did not reach the peer", null);
        }
    }

    /** Arguments present, all UTF-8, and the first one names a transaction of the table. */
    private TransactionTable.Resolved resolve(final ChaincodeStub stub) {
        final List<byte[]> args = stub.getArgs();
        if (args.isEmpty()) {
            throw Refusal.of(CommonError.WRONG_ARGUMENTS,
                    "a call names a transaction of %s and carries its arguments; this one carries nothing",
                    table.contract());
        }
        for (int i = 0; i < args.size(); i++) {
            if (!StrictText.isUtf8(args.get(i))) {
                throw i == 0 ? Refusal.of(CommonError.INVALID_ENCODING, "the transaction name is not valid UTF-8")
                        : Refusal.of(CommonError.INVALID_ENCODING, "argument %d is not valid UTF-8", i);
            }
        }
        final String function = new String(args.get(0), StandardCharsets.UTF_8);
        return table.resolve(function).orElseThrow(() -> Refusal.of(CommonError.UNKNOWN_TRANSACTION,
                "%s has no transaction '%s'", table.contract(), abbreviate(function)));
    }

    /** Exactly the transaction's positional arguments, and only the transient entries it takes. */
    private static void checkArguments(final ChaincodeStub stub, final TransactionTable.Resolved call) {
        final TransactionSignature signature = call.signature();
        final int given = stub.getArgs().size() - 1;
        if (given != signature.arity()) {
            throw Refusal.of(CommonError.WRONG_ARGUMENTS, "%s takes %d argument(s) %s; the call carries %d",
                    signature.name(), signature.arity(),
                    signature.parameters().stream().map(p -> p.name()).toList(), given);
        }
        final Map<String, byte[]> transientData = stub.getTransient();
        if (transientData != null) {
            for (final String key : transientData.keySet()) {
                if (!signature.transientKeys().contains(key)) {
                    throw Refusal.of(CommonError.WRONG_ARGUMENTS, "%s takes %s; the call carries transient entry '%s'",
                            signature.name(), signature.transientKeys().isEmpty() ? "no transient entries"
                                    : "the transient entries " + signature.transientKeys(), abbreviate(key));
                }
            }
        }
    }

    private static Response refused(final String message, final byte[] payload, final String code,
            final String transaction, final String txId) {
        LOG.info(() -> String.format("refused %s tx %s: %s", transaction, txId, code));
        return new Response(Response.Status.ERROR_THRESHOLD, message, payload);
    }

    /** The code of a refusal (a {@code [CODE] message} whose payload is the code); empty for a fault. */
    static Optional<String> refusalCode(final Response response) {
        final byte[] payload = response.getPayload();
        if (payload == null || payload.length == 0 || response.getMessage() == null) {
            return Optional.empty();
        }
        final String code = new String(payload, StandardCharsets.UTF_8);
        return ErrorMessage.parse(response.getMessage()).map(ErrorMessage::code)
                .filter(parsed -> parsed.equals(code) && response.getMessage().startsWith("[" + code + "]"));
    }

    /** A caller's text in a refusal message, cut to 64 characters. Never logged. */
    private static String abbreviate(final String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "…";
    }
}
