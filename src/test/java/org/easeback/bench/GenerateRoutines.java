package org.easeback.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes 1,000 valid routines (about the size of the bundled full routine) into a folder, for timing
 * {@code java -jar target/easeback.jar validate FOLDER} (target: under 3 s wall clock, JVM start included).
 * Run: {@code mvn -B -o -Pbench test-compile exec:java -Dbench=GenerateRoutines -Dexec.args=/tmp/routines-1000}
 */
public final class GenerateRoutines {

    private static final String[] PARTNER = {"oil-spread", "wrist-turn-pull", "stacked-palm-circles",
        "knuckle-glide", "splayed-finger-glide", "thumb-glide", "fingertip-press-pull", "closing-rock"};

    private GenerateRoutines() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/routines-1000");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("routine-%04d.json", i)), routine(i));
        }
        System.out.println("wrote " + count + " routines to " + folder.toAbsolutePath());
    }

    static String routine(int n) {
        StringBuilder steps = new StringBuilder();
        steps.append("""
                    {"kind": "setup", "title": "Lie face down", "instructions": "Lie face down on a mat, \
                a pillow under the chest and rolled towels under the forehead and ankles."},
                    {"kind": "oil", "title": "Warm the oil", "instructions": "Warm the oil between your hands \
                and spread it in long, smooth strokes.", "seconds": 30},
                """);
        for (int i = 0; i < 24; i++) {
            String technique = PARTNER[(n + i) % PARTNER.length];
            steps.append("    {\"kind\": \"technique\", \"technique\": \"").append(technique)
                    .append("\", \"seconds\": ").append(30 + (i * 7) % 60)
                    .append(", \"side\": \"").append(i % 3 == 0 ? "each" : "both").append("\"},\n");
            if (i % 4 == 3) {
                steps.append("    {\"kind\": \"check-in\", \"prompt\": \"More, less or the same pressure?\"},\n");
            }
        }
        steps.append("""
                    {"kind": "repeat", "times": 3, "steps": [
                      {"kind": "technique", "technique": "closing-rock", "seconds": 20}
                    ]},
                    {"kind": "sore-spots", "technique": "trigger-point-hold", "secondsEach": 5},
                    {"kind": "info", "title": "When to stop", "instructions": "Stop at any pain, and see a doctor \
                if the pain stays or gets worse."}
                """);
        return """
                {
                  "$schema": "./schema/routine.schema.json",
                  "format": "easeback-routine/1",
                  "id": "generated-%04d",
                  "title": "Generated routine %d",
                  "summary": "A generated routine for timing the validator.",
                  "audience": "partner",
                  "equipment": ["pillow", "towel", "massage oil"],
                  "safety": {"checkInEverySeconds": 180},
                  "steps": [
                %s  ]
                }
                """.formatted(n, n, steps);
    }
}
