// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's directory walk through, run as written: each {@code curl} of the section's bash block is parsed
 * (method, URL, bearer token variable, headers, body or heredoc, {@code -G --data-urlencode}) and sent to the test
 * server, the token variables standing for the matching test users. A command commented {@code # 403 ...} must be
 * refused with that status and code; every other must succeed.
 */
class ReadmeExamplesTest {

    private static final Map<String, String> TOKENS = Map.of(
            "SECURITY_CATALOGER", "police-admin",
            "CIVIL_CATALOGER", "civil-admin",
            "CIVIL_REQUESTER", "civil-clerk");

    @TempDir
    Path home;

    @Test
    void the_readme_walk_through_works_as_written() throws Exception {
        final List<Command> commands = commands(readmeBlock());
        assertThat(commands).hasSizeGreaterThanOrEqualTo(15);
        try (DirectoryServer server = new DirectoryServer(home)) {
            for (final Command command : commands) {
                final HttpResponse<String> response = server.send(command.token, command.method, command.path,
                        command.body == null ? null : command.body.getBytes(StandardCharsets.UTF_8), command.headers);
                if (command.expected != null) {
                    assertThat(response.statusCode()).as(command.line).isEqualTo(Integer.parseInt(command.expected[0]));
                    assertThat(response.body()).as(command.line).contains("\"code\":\"" + command.expected[1] + "\"");
                } else {
                    assertThat(response.statusCode()).as(command.line + "\n" + response.body()).isBetween(200, 201);
                }
            }
        }
    }

    private record Command(String line, String method, String path, String token, Map<String, String> headers,
            String body, String[] expected) {}

    private static String readmeBlock() throws Exception {
        final String readme = Files.readString(Path.of(System.getProperty("tracechain.project.root"), "README.md"));
        final int section = readme.indexOf("## Directory HTTP API");
        assertThat(section).as("README section").isNotNegative();
        final int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        return readme.substring(start, readme.indexOf("```\n", start));
    }

    /** Joins continued lines, takes heredoc bodies, and parses each curl command. */
    private static List<Command> commands(final String block) {
        final List<Command> commands = new ArrayList<>();
        final String[] lines = block.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("curl ")) {
                continue;
            }
            final StringBuilder line = new StringBuilder(lines[i]);
            while (line.toString().endsWith("\\")) {
                line.setLength(line.length() - 1);
                line.append(' ').append(lines[++i].trim());
            }
            String heredoc = null;
            if (line.toString().contains("<<'EOF'")) {
                final StringBuilder body = new StringBuilder();
                while (!lines[++i].equals("EOF")) {
                    body.append(lines[i]).append('\n');
                }
                heredoc = body.toString();
            }
            commands.add(parse(line.toString(), heredoc));
        }
        return commands;
    }

    private static Command parse(final String line, final String heredoc) {
        final List<String> words = new ArrayList<>();
        String comment = null;
        final StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            final char c = line.charAt(i);
            if (c == '\'' || c == '"') {
                final int end = line.indexOf(c, i + 1);
                word.append(line, i + 1, end);
                inWord = true;
                i = end;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                comment = line.substring(i + 1).trim();
                break;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        String method = "GET";
        String url = null;
        String token = null;
        String body = null;
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<String> query = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            final String w = words.get(i);
            switch (w) {
                case "-sS", "-i", "-G", "<<EOF" -> { }
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    final String header = words.get(++i);
                    final int colon = header.indexOf(':');
                    final String name = header.substring(0, colon);
                    final String value = header.substring(colon + 1).trim();
                    if (name.equals("Authorization")) {
                        token = TOKENS.get(value.substring("Bearer $".length()));
                        assertThat(token).as(value).isNotNull();
                    } else {
                        headers.put(name, value);
                    }
                }
                case "--data-binary" -> {
                    final String data = words.get(++i);
                    body = data.equals("@-") ? heredoc : data;
                }
                case "--data-urlencode" -> {
                    final String pair = words.get(++i);
                    final int equals = pair.indexOf('=');
                    query.add(pair.substring(0, equals) + "="
                            + URLEncoder.encode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
                default -> {
                    assertThat(w).as("unexpected word in: " + line).matches("\\$(SECURITY_URL|CIVIL_URL)/.*");
                    url = w.substring(w.indexOf('/'));
                }
            }
        }
        if (!query.isEmpty()) {
            url = url + (url.contains("?") ? "&" : "?") + String.join("&", query);
        }
        final String[] expected = comment != null && comment.matches("\\d{3} [A-Z_]+.*") ? comment.split(" ") : null;
        return new Command(line, method, url, token, headers, body, expected);
    }
}
