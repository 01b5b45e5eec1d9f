package org.easeback.ui.kit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a window shows as a PNG file, for the screenshot tours. */
public final class WindowSnapshot {

    private WindowSnapshot() {
    }

    /** The folder named by {@code -Deaseback.screenshots}, else {@code otherwise}; created if missing. */
    public static Path folder(String otherwise) throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("easeback.screenshots", otherwise)));
    }

    /** Lets the FX thread settle, then writes the window's scene to {@code file}. */
    public static void save(FxRobot robot, Stage stage, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().getRoot().snapshot(null, null));
        write(image[0], file);
    }

    /** PNG without javafx-swing: copy the pixels into an AWT image and let ImageIO encode it. */
    private static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
    }
}
