// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code tracechain} command line, built with picocli on the client SDK.
 *
 * <p>{@link org.tracechain.client.cli.TraceChainCli TraceChainCli} is the entry point and the one place where
 * command groups are registered. To add a command, add a nested {@code @Command} class extending
 * {@link org.tracechain.client.cli.LedgerCommand LedgerCommand} to {@code FoodCommands} or
 * {@code DirectoryCommands} and list it in that group's {@code subcommands}.
 */
package org.tracechain.client.cli;
