// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code tracechain} command line, built with picocli on the client SDK.
 *
 * <p>{@link org.tracechain.client.cli.TraceChainCli TraceChainCli} is the entry point and the one place where
 * command groups are registered. To add a command, add a nested {@code @Command} class extending
 * {@code FoodCommand} or {@code DirectoryCommand} to the class of its part of the chain (for example
 * {@code FoodRecallCommands}), give it a {@code footer} with at least one example, and list it in its group's
 * {@code subcommands} ({@code FoodCommands}, {@code DirectoryCommands}).
 *
 * <p>Reads print through {@code Read} (the peer's exact bytes with {@code --json}), writes through
 * {@code CliOutput.committed} (transaction id, block and validation code), tables through {@code TextTable}
 * (fitted to the terminal, ledger text made visible).
 */
package org.tracechain.client.cli;
