package org.easeback;

import org.easeback.cli.EasebackCommand;
import org.easeback.ui.app.EasebackApp;

/**
 * Entry point: with no arguments it opens the app; with arguments it runs a subcommand without starting JavaFX.
 * It does not extend Application so that the shaded jar starts with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            openApp();
            return;
        }
        System.exit(EasebackCommand.run(Main::openApp, args));
    }

    /** Opens the window, or says on stderr why it cannot and exits with 1. */
    private static void openApp() {
        if (noDisplay()) {
            System.err.println("easeback: there is no display to open the window on. "
                    + "Easeback needs a desktop session; the subcommands work without one: easeback --help");
            System.exit(1);
        }
        try {
            EasebackApp.launchApp(new String[0]);
        } catch (RuntimeException e) {
            // Typically no display (a server, an SSH session): say so instead of printing a stack trace.
            org.slf4j.LoggerFactory.getLogger(Main.class).error("The window could not open", e);
            System.err.println("easeback: the window could not open (" + e.getMessage() + "). "
                    + "Easeback needs a desktop session; the subcommands work without one: easeback --help");
            System.exit(1);
        }
    }

    /** On Linux and other X11/Wayland systems, a missing display is known before JavaFX tries and prints a trace. */
    private static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return false;
        }
        return isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
