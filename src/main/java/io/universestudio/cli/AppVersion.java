package io.universestudio.cli;

/** The application version, from the jar manifest (set by Maven), or "development" when run from classes. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
