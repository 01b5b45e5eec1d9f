package org.easeback.ui.studio;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.easeback.engine.PlanEntry;
import org.easeback.studio.PlanPreview;
import org.easeback.studio.StepNode;

/** The studio's words for steps, fields and the plan, kept in one place so the tree, the editors and tests agree. */
public final class StudioWording {

    /** The step kinds in the order the add-step list offers them, with their names. */
    public static final List<String> KINDS = List.of("technique", "sore-spots", "repeat", "check-in", "info",
            "setup", "oil");

    private static final Map<String, String> KIND_NAMES = Map.of("technique", "Technique", "sore-spots",
            "Sore-spot hold", "repeat", "Repeat", "check-in", "Check-in", "info", "Information", "setup", "Setup",
            "oil", "Oil");

    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(Map.entry("technique", "Technique"),
            Map.entry("seconds", "Seconds"), Map.entry("side", "Side"), Map.entry("strokesPerMinute",
                    "Pace (strokes a minute)"), Map.entry("pressure", "Pressure"), Map.entry("title", "Title"),
            Map.entry("instructions", "Instructions (one a line)"), Map.entry("say", "Say (what the voice says)"),
            Map.entry("secondsEach", "Seconds at each spot"), Map.entry("prompt", "Question"),
            Map.entry("image", "Picture (PNG, beside the routine)"), Map.entry("imageAlt", "Picture description"),
            Map.entry("times", "Times"));

    private StudioWording() {
    }

    /** "Technique", "Sore-spot hold"; the kind itself for one the format does not know. */
    public static String kindName(String kind) {
        return KIND_NAMES.getOrDefault(kind, kind.isEmpty() ? "Step" : kind);
    }

    /** The label of a step field's editor. */
    public static String fieldName(String field) {
        return FIELD_NAMES.getOrDefault(field, field);
    }

    /** The tree's one line for {@code step}: its kind, then what tells it from its neighbours. */
    public static String stepLabel(StepNode step, StudioCatalog catalog) {
        String kind = kindName(step.kind());
        String detail = switch (step.kind()) {
            case "technique" -> join(name(step.field("technique"), catalog), seconds(step.field("seconds")),
                    sideWords(step.field("side")));
            case "sore-spots" -> join(name(step.field("technique"), catalog), seconds(step.field("secondsEach"))
                    + (step.field("secondsEach").isEmpty() ? "" : " each"));
            case "repeat" -> step.field("times").isEmpty() ? "" : step.field("times") + " times";
            case "check-in" -> step.field("prompt");
            default -> join(step.field("title"), seconds(step.field("seconds")));
        };
        return detail.isEmpty() ? kind : kind + ": " + detail;
    }

    /** The plan's heading line: total, hands-on, check-ins added, and the longest stretch against the limit. */
    public static String planSummary(PlanPreview plan) {
        String added = plan.insertedCheckIns() == 0 ? "no check-ins added"
                : plan.insertedCheckIns() + (plan.insertedCheckIns() == 1 ? " check-in added" : " check-ins added");
        return "Total " + clock(plan.totalSeconds()) + " · hands-on " + clock(plan.handsOnSeconds()) + " · " + added
                + "\nLongest hands-on stretch " + clock(plan.longestStretchSeconds()) + " of "
                + clock(plan.checkInLimitSeconds()) + " allowed between check-ins";
    }

    /** A row of the live plan. */
    public static PlanRow row(PlanEntry e) {
        String side = e.side().filter(x -> x == org.easeback.routine.Side.LEFT || x == org.easeback.routine.Side.RIGHT)
                .map(x -> ", " + x.jsonName() + " side").orElse("");
        String text = e.checkIn() ? (e.inserted() ? "Check-in, added: " : "Check-in: ") + e.title() : e.title() + side;
        String length = e.seconds().isPresent() ? e.seconds().getAsInt() + " s" : "";
        return new PlanRow(e.index(), clock(e.at()), text, length, e.checkIn() && e.inserted(), e.checkIn());
    }

    /** "4:05" for 245 seconds, "1:02:00" past an hour. */
    public static String clock(int seconds) {
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** A routine id made from a title: "Evening partner massage" → "evening-partner-massage". */
    public static String idFrom(String title) {
        String id = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        id = id.length() > 64 ? id.substring(0, 64).replaceAll("-+$", "") : id;
        return id;
    }

    private static String sideWords(String side) {
        return switch (side) {
            case "" -> "";
            case "both" -> "both sides";
            case "each" -> "each side";
            default -> side + " side";
        };
    }

    private static String name(String id, StudioCatalog catalog) {
        return id.isEmpty() ? "" : catalog.nameOf(id);
    }

    private static String seconds(String text) {
        return text.isEmpty() ? "" : text + " s";
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }
}
