// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Adds subcommands, fully built only where the command line names them. picocli reflects over every field of every
 * command it is given; a run needs one command, so the others are added as stubs that carry just what a parent's
 * usage lists (name, aliases, description). The output of any run is the same as with the whole tree built.
 */
final class CommandTree {

    private CommandTree() {}

    /**
     * Adds {@code commands} to {@code parent}, and to each group built its own commands.
     *
     * @param parent the group
     * @param commands its commands' classes, in the order usage lists them
     * @param groups the commands of the groups among them whose commands are listed here, not in annotations
     * @param wanted the words of the command line, or null to build every command
     */
    static void add(final CommandLine parent, final List<Class<?>> commands, final Map<Class<?>, List<Class<?>>> groups,
            final Set<String> wanted) {
        for (final Class<?> command : commands) {
            final Command annotation = command.getAnnotation(Command.class);
            if (wanted == null || named(annotation, wanted)) {
                final CommandLine built = new CommandLine(command);
                if (groups.containsKey(command)) {
                    add(built, groups.get(command), groups, wanted);
                }
                parent.addSubcommand(annotation.name(), built);
            } else {
                parent.addSubcommand(annotation.name(), stub(annotation));
            }
        }
    }

    private static boolean named(final Command annotation, final Set<String> wanted) {
        if (wanted.contains(annotation.name())) {
            return true;
        }
        for (final String alias : annotation.aliases()) {
            if (wanted.contains(alias)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code spec} is a stub: listed by its parent's usage, never parsed into or run. */
    static boolean isStub(final CommandSpec spec) {
        return spec.userObject() == null;
    }

    private static CommandSpec stub(final Command annotation) {
        final CommandSpec spec = CommandSpec.create().name(annotation.name()).aliases(annotation.aliases());
        spec.usageMessage().description(annotation.description()).hidden(annotation.hidden());
        return spec;
    }
}
