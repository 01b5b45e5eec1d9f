package org.easeback.routine;

import static org.easeback.routine.RoutineLoader.DEFAULT_SECONDS_EACH;
import static org.easeback.routine.RoutineLoader.KINDS;
import static org.easeback.routine.RoutineLoader.MAX_REPEAT_DEPTH;
import static org.easeback.routine.RoutineLoader.MAX_SAY_CHARS;
import static org.easeback.routine.RoutineLoader.MAX_SECONDS;
import static org.easeback.routine.RoutineLoader.MAX_SECONDS_EACH;
import static org.easeback.routine.RoutineLoader.MAX_STROKES_PER_MINUTE;
import static org.easeback.routine.RoutineLoader.MAX_TIMES;
import static org.easeback.routine.RoutineLoader.MAX_TITLE_CHARS;
import static org.easeback.routine.RoutineLoader.MIN_SECONDS;
import static org.easeback.routine.RoutineLoader.MIN_TIMES;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a routine's steps, kind by kind, checking each against the format and the technique catalog; one reader
 * serves one file, whose audience it was given.
 */
final class StepReader {
    private static final List<String> SETUP_FIELDS = List.of("kind", "title", "instructions", "image", "imageAlt",
            "seconds", "say");
    private static final List<String> OIL_FIELDS = List.of("kind", "title", "instructions", "image", "imageAlt",
            "seconds", "say");
    private static final List<String> TEXT_FIELDS = List.of("kind", "title", "instructions", "seconds", "say");
    private static final List<String> TECHNIQUE_FIELDS = List.of("kind", "technique", "seconds", "side",
            "strokesPerMinute", "pressure", "title", "instructions", "say");
    private static final List<String> SORE_SPOT_FIELDS = List.of("kind", "technique", "secondsEach");
    private static final List<String> CHECK_IN_FIELDS = List.of("kind", "prompt");
    private static final List<String> REPEAT_FIELDS = List.of("kind", "times", "steps");

    private final TechniqueCatalog catalog;
    private final Problems problems;
    private final Audience audience;
    private final List<TechniqueReference> references;

    /**
     * A reader for a routine for {@code audience} (null when the file named none) that adds every step's
     * {@code technique} value to {@code references}, for the routine rules.
     */
    StepReader(TechniqueCatalog catalog, Problems problems, Audience audience, List<TechniqueReference> references) {
        this.catalog = catalog;
        this.problems = problems;
        this.audience = audience;
        this.references = references;
    }

    /** Reads the steps of a list into {@code out}; returns how many steps they expand to. */
    long steps(SourceNode.ArrayNode array, String prefix, int depth, List<Step> out) {
        long expanded = 0;
        int i = 0;
        for (SourceNode item : array.items()) {
            i++;
            String number = prefix + i;
            Result r = step(item, number, depth);
            expanded = Math.min(expanded + r.expanded, Long.MAX_VALUE / 64);
            if (r.step != null) {
                out.add(r.step);
            }
        }
        return expanded;
    }

    private record Result(Step step, long expanded) {
    }

    private Result step(SourceNode node, String number, int depth) {
        String label = "step " + number;
        if (!(node instanceof SourceNode.ObjectNode object)) {
            problems.error(node.position(), label + " must be an object in { } with a \"kind\", not "
                    + node.describe());
            return new Result(null, 1);
        }
        Fields f = new Fields(object, " in " + label, problems);
        Optional<SourceNode> kindNode = object.get("kind");
        if (kindNode.isEmpty()) {
            problems.error(object.position(), label + " has no 'kind'; add \"kind\" with one of "
                    + Fields.quotedList(KINDS));
            return new Result(null, 1);
        }
        if (!(kindNode.get() instanceof SourceNode.TextNode kindText)) {
            problems.error(kindNode.get().position(), "'kind' in " + label + " must be one of "
                    + Fields.quotedList(KINDS) + ", not " + kindNode.get().describe());
            return new Result(null, 1);
        }
        String kind = kindText.value();
        SourcePosition at = object.position();
        switch (kind) {
            case "setup" -> {
                f.allowOnly(SETUP_FIELDS);
                Optional<String> title = f.text("title", true, MAX_TITLE_CHARS);
                Optional<String> instructions = f.text("instructions", true, SourceLimits.MAX_TEXT_CHARS);
                Optional<String> image = StepPicture.path(f, problems);
                Optional<String> imageAlt = StepPicture.alt(f, problems, label);
                OptionalInt seconds = f.integer("seconds", false, MIN_SECONDS, MAX_SECONDS);
                Optional<String> say = say(f);
                boolean ok = title.isPresent() && instructions.isPresent() && (image.isPresent() || !f.has("image"))
                        && (imageAlt.isPresent() || !f.has("imageAlt")) && (say.isPresent() || !f.has("say"));
                return new Result(ok ? new Step.Setup(title.get(), instructions.get(), image, imageAlt, seconds, at,
                        say)
                        : null, 1);
            }
            case "oil", "info" -> {
                boolean oil = kind.equals("oil");
                f.allowOnly(oil ? OIL_FIELDS : TEXT_FIELDS);
                Optional<String> title = f.text("title", true, MAX_TITLE_CHARS);
                Optional<String> instructions = f.text("instructions", true, SourceLimits.MAX_TEXT_CHARS);
                Optional<String> image = oil ? StepPicture.path(f, problems) : Optional.empty();
                Optional<String> imageAlt = oil ? StepPicture.alt(f, problems, label) : Optional.empty();
                OptionalInt seconds = f.integer("seconds", false, MIN_SECONDS, MAX_SECONDS);
                Optional<String> say = say(f);
                if (title.isEmpty() || instructions.isEmpty() || (image.isEmpty() && f.has("image"))
                        || (imageAlt.isEmpty() && f.has("imageAlt")) || (say.isEmpty() && f.has("say"))) {
                    return new Result(null, 1);
                }
                Step s = oil ? new Step.Oil(title.get(), instructions.get(), image, imageAlt, seconds, at, say)
                        : new Step.Info(title.get(), instructions.get(), seconds, at, say);
                return new Result(s, 1);
            }
            case "technique" -> {
                f.allowOnly(TECHNIQUE_FIELDS);
                Optional<Technique> technique = technique(f);
                OptionalInt seconds = f.integer("seconds", true, MIN_SECONDS, MAX_SECONDS);
                Optional<Side> side = f.choice("side", false, List.of(Side.values()), Side::jsonName);
                OptionalInt strokes = f.integer("strokesPerMinute", false, 1, MAX_STROKES_PER_MINUTE);
                Optional<Pressure> pressure = f.choice("pressure", false, List.of(Pressure.values()),
                        Pressure::jsonName);
                if (pressure.isPresent() && technique.isPresent()
                        && pressure.get().compareTo(technique.get().maxPressure()) > 0) {
                    problems.error(f.positionOf("pressure"), "'pressure' in " + label + " is \""
                            + pressure.get().jsonName() + "\", more than technique '" + technique.get().id()
                            + "' allows (at most \"" + technique.get().maxPressure().jsonName() + "\")");
                }
                Optional<String> title = f.text("title", false, MAX_TITLE_CHARS);
                Optional<String> instructions = f.text("instructions", false, SourceLimits.MAX_TEXT_CHARS);
                Optional<String> say = say(f);
                long expanded = side.orElse(Side.BOTH) == Side.EACH ? 2 : 1;
                if (technique.isEmpty() || seconds.isEmpty() || (f.has("side") && side.isEmpty())
                        || (f.has("say") && say.isEmpty())) {
                    return new Result(null, expanded);
                }
                return new Result(new Step.Technique(technique.get().id(), seconds.getAsInt(),
                        side.orElse(Side.BOTH), strokes, pressure, title, instructions, at, say), expanded);
            }
            case "sore-spots" -> {
                f.allowOnly(SORE_SPOT_FIELDS);
                Optional<Technique> technique = technique(f);
                OptionalInt each = f.integer("secondsEach", false, 1, MAX_SECONDS_EACH);
                if (technique.isEmpty()) {
                    return new Result(null, 1);
                }
                return new Result(new Step.SoreSpots(technique.get().id(), each.orElse(DEFAULT_SECONDS_EACH),
                        at), 1);
            }
            case "check-in" -> {
                f.allowOnly(CHECK_IN_FIELDS);
                Optional<String> prompt = f.text("prompt", false, SourceLimits.MAX_TEXT_CHARS);
                return new Result(new Step.CheckIn(prompt, at), 1);
            }
            case "repeat" -> {
                f.allowOnly(REPEAT_FIELDS);
                if (depth + 1 > MAX_REPEAT_DEPTH) {
                    problems.error(at, "the repeat in " + label + " is nested " + (depth + 1)
                            + " deep; repeats may be nested at most " + MAX_REPEAT_DEPTH + " deep");
                }
                OptionalInt times = f.integer("times", true, MIN_TIMES, MAX_TIMES);
                Optional<SourceNode> inner = f.node("steps");
                List<Step> children = new ArrayList<>();
                long expanded = 0;
                if (inner.isEmpty() || inner.get() instanceof SourceNode.ArrayNode a && a.items().isEmpty()) {
                    problems.error(inner.map(SourceNode::position).orElse(at), "the repeat in " + label
                            + " has no steps; a repeat must hold the steps it repeats in \"steps\"");
                } else {
                    Optional<SourceNode.ArrayNode> a = f.list(inner.get(), "'steps' in " + label, 1,
                            Integer.MAX_VALUE);
                    if (a.isPresent()) {
                        expanded = steps(a.get(), number + ".", depth + 1, children);
                    }
                }
                long total = expanded * times.orElse(1);
                if (times.isEmpty() || children.isEmpty()) {
                    return new Result(null, total);
                }
                return new Result(new Step.Repeat(times.getAsInt(), children, at), total);
            }
            default -> {
                problems.error(kindText.position(), "unknown step kind '" + kind + "' in " + label
                        + Suggestions.hint(kind, KINDS)
                        + (Suggestions.closest(kind, KINDS).isEmpty() ? "; the kinds are "
                        + String.join(", ", KINDS) : ""));
                return new Result(null, 1);
            }
        }
    }

    /**
     * The step's catalog technique, checked for existence and audience. Whether its level may be guided is the
     * safety rules' work ({@code safety.ProfessionalOnlyRule}), from the reference this adds.
     */
    private Optional<Technique> technique(Fields f) {
        Optional<String> id = f.text("technique", true, 64);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        SourcePosition at = f.positionOf("technique");
        references.add(new TechniqueReference(id.get(), at));
        Optional<Technique> found = catalog.find(id.get());
        if (found.isEmpty()) {
            String hint = Suggestions.hint(id.get(), catalog.ids());
            problems.error(at, "unknown technique '" + id.get() + "'" + (hint.isEmpty()
                    ? "; the catalog has no technique with this id" : hint));
            return Optional.empty();
        }
        Technique t = found.get();
        if (audience != null && t.audience() != audience) {
            problems.error(at, "technique '" + t.id() + "' is for " + audienceWords(t.audience())
                    + ", but this routine is for " + audienceWords(audience) + "; choose a "
                    + audience.jsonName() + " technique");
            return Optional.empty();
        }
        return found;
    }

    private static String audienceWords(Audience a) {
        return a == Audience.PARTNER ? "a partner" : "self-massage";
    }

    /**
     * The spoken text: 1 to {@link RoutineLoader#MAX_SAY_CHARS} characters, one line of plain words. Control characters
     * (escaped ones such as \u0007 or \n included) would reach the speech engine as commands or noise.
     */
    private Optional<String> say(Fields f) {
        Optional<String> say = f.text("say", false, MAX_SAY_CHARS);
        if (say.isEmpty()) {
            return say;
        }
        int bad = say.get().codePoints().filter(c -> Character.isISOControl(c)).findFirst().orElse(-1);
        if (bad >= 0) {
            problems.error(f.positionOf("say"), String.format(java.util.Locale.ROOT,
                    "'say'%s holds the control character U+%04X; the voice reads plain words on one line, "
                            + "so remove it (write a line break or tab as a space)", f.where(), bad));
            return Optional.empty();
        }
        return say;
    }
}
