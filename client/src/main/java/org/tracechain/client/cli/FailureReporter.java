// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tracechain.client.ChannelMembershipException;
import org.tracechain.client.CommitFailedException;
import org.tracechain.client.LedgerException;
import org.tracechain.client.LedgerUnavailableException;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.model.json.LedgerJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command's exception into one clear line on stderr (plus, with --json, a JSON error document on stdout:
 * {@code {"error":{"code":..,"exitCode":..,"message":..,"transactionId":..}}}) and an exit code.
 */
final class FailureReporter implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureReporter.class);
    /** picocli starts some messages with this; ours already says "error: ". */
    private static final String PICOCLI_PREFIX = "Error: ";

    @Override
    public int handleExecutionException(final Exception failure, final CommandLine commandLine,
            final ParseResult parseResult) {
        if (failure instanceof CommandLine.ParameterException parameterException) {
            commandLine.getErr().println("error: " + parameterException.getMessage());
            commandLine.getErr().flush();
            parameterException.getCommandLine().usage(commandLine.getErr());
            return ExitCodes.USAGE;
        }
        LOG.debug("command failed", failure);
        final int exitCode = ExitCodes.of(failure);
        commandLine.getErr().println("error: " + describe(failure));
        commandLine.getErr().flush();
        final Object root = parseResult == null ? null : commandLine.getCommandSpec().root().userObject();
        if (root instanceof TraceChainCli cli && cli.json) {
            final Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", describe(failure));
            error.put("exitCode", exitCode);
            if (failure instanceof LedgerException ledgerFailure) {
                ledgerFailure.code().ifPresent(code -> error.put("code", code));
                ledgerFailure.transactionId().ifPresent(txId -> error.put("transactionId", txId));
            }
            commandLine.getOut().print(LedgerJson.toJson(Map.of("error", error)) + "\n");
            commandLine.getOut().flush();
        }
        return exitCode;
    }

    /** A command line that does not parse: "error: " and what is wrong, suggestions, then the command's usage. */
    static int usageError(final CommandLine.ParameterException failure, final String[] args) {
        final CommandLine commandLine = failure.getCommandLine();
        final java.io.PrintWriter err = commandLine.getErr();
        final String message = failure.getMessage();
        err.println("error: " + (message.startsWith(PICOCLI_PREFIX) ? message.substring(PICOCLI_PREFIX.length()) : message));
        CommandLine.UnmatchedArgumentException.printSuggestions(failure, err);
        commandLine.usage(err, commandLine.getColorScheme());
        err.flush();
        return ExitCodes.USAGE;
    }

    /** One line: code and message, then the transaction id. */
    static String describe(final Throwable failure) {
        final String txSuffix = failure instanceof LedgerException ledgerFailure
                ? ledgerFailure.transactionId().map(txId -> " (tx " + txId + ")").orElse("")
                : "";
        if (failure instanceof NoSuchFileException missing) {
            return "no such file: " + Path.of(missing.getFile()).toAbsolutePath().normalize();
        }
        if (failure instanceof AccessDeniedException denied) {
            return "permission denied: " + Path.of(denied.getFile()).toAbsolutePath().normalize();
        }
        if (failure instanceof ChannelMembershipException notMember) {
            return notMember.getMessage() + txSuffix;
        }
        if (failure instanceof TransactionRefusedException refused) {
            return refused.code().map(code -> "[" + code + "] ").orElse("refused: ") + refused.chaincodeMessage()
                    + txSuffix;
        }
        if (failure instanceof CommitFailedException commitFailed) {
            return "[" + commitFailed.validationCode() + "] transaction committed invalid" + txSuffix;
        }
        if (failure instanceof LedgerUnavailableException unavailable) {
            return "[" + unavailable.statusCode() + "] ledger unavailable: " + unavailable.getMessage() + txSuffix;
        }
        final String message = failure.getMessage();
        return (message == null || message.isBlank() ? failure.getClass().getSimpleName() : message) + txSuffix;
    }
}
