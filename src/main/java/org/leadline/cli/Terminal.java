package org.leadline.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a command talks to: its output streams, the environment and standard input; swapped in tests. */
public record Terminal(PrintWriter out, PrintWriter err, Map<String, String> env, InputStream in, Console console) {

    public static Terminal system() {
        return new Terminal(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.getenv(), System.in, System.console());
    }

    public BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
