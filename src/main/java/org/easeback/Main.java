package org.easeback;

import org.easeback.cli.EasebackCommand;

/**
 * Entry point: with no arguments it opens the app; with arguments it runs a subcommand without starting JavaFX.
 * It does not extend Application so that the shaded jar starts with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.easeback.ui.EasebackApp.launchApp(args);
            return;
        }
        System.exit(EasebackCommand.run(args));
    }
}
