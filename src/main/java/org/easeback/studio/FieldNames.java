package org.easeback.studio;

import java.util.Map;

/** The words the edit menu uses for a field: "Set seconds each", not "Set secondsEach". */
final class FieldNames {

    private static final Map<String, String> WORDS = Map.of(
            "checkInEverySeconds", "check-in interval",
            "strokesPerMinute", "pace",
            "secondsEach", "seconds each",
            "levelReason", "level reason",
            "maxPressure", "maximum pressure");

    private FieldNames() {
    }

    static String of(String jsonName) {
        return WORDS.getOrDefault(jsonName, jsonName);
    }
}
