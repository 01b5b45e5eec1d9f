package org.easeback.ui.app;

import java.net.URL;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app icon on the window, in every size the desktop may ask for; loaded in the background. */
final class WindowIcons {

    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256, 512);

    private WindowIcons() {
    }

    static void addTo(Stage stage) {
        for (int size : SIZES) {
            URL url = WindowIcons.class.getResource("/assets/icon/easeback-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm(), true));
            }
        }
    }
}
