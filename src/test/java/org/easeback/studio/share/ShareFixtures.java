package org.easeback.studio.share;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.easeback.storage.DataDirectory;

/** A data folder with a routine of one's own that uses a technique of one's own and a picture. */
final class ShareFixtures {

    static final String CATALOG = """
            {"format": "easeback-techniques/1", "techniques": [
              {"id": "palm-press", "name": "Palm press", "audience": "partner", "level": "home",
               "levelReason": "Gentle, on the muscles.", "pressure": "gentle", "maxPressure": "moderate",
               "works": ["lower-back"], "avoids": ["spine"], "instructions": ["Press gently with the palm."],
               "diagram": {"motion": "press", "hands": [{"x": 0.3, "y": 0.5}], "path": []}}]}
            """;
    static final String ROUTINE = """
            {"format": "easeback-routine/1", "id": "my-palms", "title": "My palms", "audience": "partner",
             "steps": [{"kind": "setup", "title": "Lie down", "instructions": "Lie face down.",
                        "image": "pics/towels.png"},
                       {"kind": "repeat", "times": 2, "steps": [
                         {"kind": "technique", "technique": "palm-press", "seconds": 30},
                         {"kind": "check-in"}]},
                       {"kind": "technique", "technique": "thumb-glide", "seconds": 30}]}
            """;

    private ShareFixtures() {
    }

    static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DataDirectory source(Path root) throws IOException {
        DataDirectory data = new DataDirectory(root);
        Files.createDirectories(data.techniques());
        Files.createDirectories(data.routines().resolve("pics"));
        Files.writeString(data.techniques().resolve("mine.json"), CATALOG);
        Files.writeString(data.routines().resolve("my-palms.json"), ROUTINE);
        Files.write(data.routines().resolve("pics/towels.png"), png(3, 2));
        return data;
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
