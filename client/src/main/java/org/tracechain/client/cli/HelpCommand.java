// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Parameters;

/**
 * {@code tracechain help [COMMAND...]}: the usage help of any command, however deep ({@code help food get-lot}
 * prints what {@code food get-lot --help} prints). picocli's own help command looks at the first word only.
 */
@Command(name = "help", helpCommand = true,
        description = "Show the help of a command, e.g. 'help food get-lot'; without one, of tracechain.",
        footer = {"  tracechain help", "  tracechain help food get-lot", "  tracechain help dir entry create"})
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "the command and subcommands, e.g. food get-lot")
    List<String> path = new ArrayList<>();

    private CommandLine self;
    private Help.ColorScheme colorScheme;
    private PrintWriter out;

    @Override
    public void init(final CommandLine helpCommandLine, final Help.ColorScheme colors, final PrintWriter outWriter,
            final PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colorScheme = colors;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        final List<String> walked = new ArrayList<>();
        for (final String name : path) {
            walked.add(name);
            final CommandLine next = target.getSubcommands().get(name);
            if (next == null) {
                throw new CommandLine.ParameterException(self, "unknown command '" + String.join(" ", walked)
                        + "'; commands of '" + target.getCommandSpec().qualifiedName() + "': "
                        + String.join(", ", target.getSubcommands().keySet()));
            }
            target = next;
        }
        target.usage(out, colorScheme);
    }
}
