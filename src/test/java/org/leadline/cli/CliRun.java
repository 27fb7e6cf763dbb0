package org.leadline.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs commands in-process against a real workspace folder and keeps what they printed. */
final class CliRun {
    final Path workspace;
    final Map<String, String> env = new HashMap<>();
    String stdin = "";

    CliRun(Path workspace, String passphrase) {
        this.workspace = workspace;
        env.put("LEADLINE_PASSPHRASE", passphrase);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
        all.addAll(List.of(args));
        Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null);
        int code = Cli.run(all.toArray(String[]::new), terminal, Clock.systemUTC());
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }
}
