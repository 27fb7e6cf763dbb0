package org.leadline;

/** Entry point of the jar: no arguments opens the window, anything else runs a command. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("Leadline");
    }
}
