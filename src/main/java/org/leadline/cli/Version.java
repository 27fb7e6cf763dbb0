package org.leadline.cli;

import org.leadline.logic.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ("development" when run from classes). */
public final class Version implements IVersionProvider {
    public static String current() {
        return ToolVersion.current();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Leadline " + current()};
    }
}
