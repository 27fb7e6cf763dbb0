package org.leadline.logic;

/** The version of this build, from the jar's manifest ("development" when run from classes); capture records carry it. */
public final class ToolVersion {
    private ToolVersion() {
    }

    public static String current() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
