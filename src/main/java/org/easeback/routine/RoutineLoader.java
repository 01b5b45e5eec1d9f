package org.easeback.routine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a routine file ({@code easeback-routine/1}) and checks it against the format's rules and a technique catalog,
 * reporting every problem with its line and column. Safe on files from strangers: bounded, never throws on content.
 */
public final class RoutineLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RoutineLoader.class);

    /** Steps a routine may have once repeats and {@code "side": "each"} are expanded. */
    public static final int MAX_EXPANDED_STEPS = 2_000;
    /** How deep repeats may nest. */
    public static final int MAX_REPEAT_DEPTH = 3;
    public static final int MIN_SECONDS = 1;
    public static final int MAX_SECONDS = 3_600;
    public static final int MIN_TIMES = 2;
    public static final int MAX_TIMES = 20;
    public static final int MAX_TITLE_CHARS = 120;
    /** The sore-spot hold the article gives: 5 seconds a spot. */
    public static final int DEFAULT_SECONDS_EACH = 5;
    public static final int MAX_SECONDS_EACH = 60;
    public static final int MAX_STROKES_PER_MINUTE = 120;
    /** The longest {@code say} text: a spoken sentence or two, not a lecture. */
    public static final int MAX_SAY_CHARS = 300;

    /** Step kinds in the order the documentation lists them. */
    public static final List<String> KINDS = List.of("setup", "oil", "technique", "sore-spots", "check-in", "info",
            "repeat");

    private static final Pattern LANGUAGE = Pattern.compile("(?=.{2,35}$)[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final List<String> TOP_FIELDS = List.of("$schema", "format", "id", "title", "summary", "author",
            "language", "audience", "level", "equipment", "safety", "steps");
    private static final List<String> SAFETY_FIELDS = List.of("checkInEverySeconds");
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
    private final List<RoutineRule> rules;

    /** A loader that checks technique ids against {@code catalog}. */
    public RoutineLoader(TechniqueCatalog catalog) {
        this(catalog, List.of());
    }

    /** A loader that also runs {@code rules} on every routine that passes the format's own checks. */
    public RoutineLoader(TechniqueCatalog catalog, List<RoutineRule> rules) {
        this.catalog = catalog;
        this.rules = List.copyOf(rules);
    }

    public TechniqueCatalog catalog() {
        return catalog;
    }

    /** Loads a routine file from disk; a file over 1 MiB is refused before it is read. */
    public LoadResult<Routine> load(Path file) {
        return fromSource(SourceReader.readFile(file, FileKind.ROUTINE), file);
    }

    /**
     * Loads {@code bytes}, the content of {@code file}: the path names the file in diagnostics, and image paths are
     * checked against its folder when that folder exists.
     */
    public LoadResult<Routine> load(byte[] bytes, Path file) {
        return fromSource(SourceReader.read(bytes, file, FileKind.ROUTINE), file);
    }

    LoadResult<Routine> fromSource(SourceReader.Result source, Path file) {
        return source.load(file, this::fromTree);
    }

    LoadResult<Routine> fromTree(SourceNode.ObjectNode root, Problems problems) {
        Routine routine = new Reading(problems).routine(root);
        if (routine != null && !problems.hasErrors()) {
            for (RoutineRule rule : rules) {
                try {
                    problems.addAll(rule.check(routine, problems.file()));
                } catch (RuntimeException e) {
                    LOG.error("Routine rule {} failed on {}", rule.getClass().getName(), problems.file(), e);
                    problems.error(new SourcePosition(1, 1), "an internal check (" + rule.getClass().getSimpleName()
                            + ") failed on this routine; please report it");
                }
            }
        }
        return LoadResult.of(routine, problems);
    }

    /** The state of reading one file. */
    private final class Reading {
        private final Problems problems;
        private Audience audience;
        private Level level = Level.HOME;

        Reading(Problems problems) {
            this.problems = problems;
        }

        Routine routine(SourceNode.ObjectNode root) {
            Fields f = new Fields(root, "", problems);
            f.allowOnly(TOP_FIELDS);
            if (f.has("$schema")) {
                f.text("$schema", false, SourceLimits.MAX_TEXT_CHARS);
            }
            f.format(Routine.FORMAT, FileKind.ROUTINE);
            Optional<String> id = f.matching("id", true, TechniqueCatalogLoader.ID, TechniqueCatalogLoader.ID_RULE);
            Optional<String> title = f.text("title", true, MAX_TITLE_CHARS);
            Optional<String> summary = f.text("summary", false, SourceLimits.MAX_TEXT_CHARS);
            Optional<String> author = f.text("author", false, SourceLimits.MAX_TEXT_CHARS);
            Optional<String> language = f.matching("language", false, LANGUAGE,
                    "a BCP 47 language tag such as \"en\" or \"pt-BR\"");
            Optional<Audience> aud = f.choice("audience", true, List.of(Audience.values()), Audience::jsonName);
            audience = aud.orElse(null);
            Optional<Level> lvl = f.choice("level", false, List.of(Level.values()), Level::jsonName);
            level = lvl.orElse(Level.HOME);
            Optional<List<String>> equipment = f.has("equipment") ? f.texts("equipment", false, 0, Integer.MAX_VALUE,
                    SourceLimits.MAX_TEXT_CHARS)
                    : Optional.of(List.of());
            int checkIn = Routine.DEFAULT_CHECK_IN_SECONDS;
            Optional<SourceNode.ObjectNode> safety = f.object("safety", false, "");
            if (safety.isPresent()) {
                Fields s = new Fields(safety.get(), " in 'safety'", problems);
                s.allowOnly(SAFETY_FIELDS);
                checkIn = s.integer("checkInEverySeconds", false, Routine.MIN_CHECK_IN_SECONDS,
                        Routine.MAX_CHECK_IN_SECONDS).orElse(Routine.DEFAULT_CHECK_IN_SECONDS);
            }
            List<Step> steps = new ArrayList<>();
            Optional<SourceNode> stepsNode = f.node("steps");
            if (stepsNode.isEmpty()) {
                f.missing("steps", "a list of steps");
            } else {
                Optional<SourceNode.ArrayNode> array = f.list(stepsNode.get(), "'steps'", 1, Integer.MAX_VALUE);
                if (array.isPresent()) {
                    long expanded = steps(array.get(), "", 0, steps);
                    if (expanded > MAX_EXPANDED_STEPS) {
                        problems.error(array.get().position(), String.format(java.util.Locale.ROOT,
                                "the routine has %,d steps once repeats and sides are expanded; the most allowed is "
                                        + "%,d. Use fewer or smaller repeats", expanded, MAX_EXPANDED_STEPS));
                    }
                }
            }
            if (problems.hasErrors() || id.isEmpty() || title.isEmpty() || aud.isEmpty() || equipment.isEmpty()) {
                return null;
            }
            return new Routine(id.get(), title.get(), summary, author, language.orElse("en"), aud.get(), level,
                    equipment.get(), checkIn, steps);
        }

        /** Reads the steps of a list into {@code out}; returns how many steps they expand to. */
        private long steps(SourceNode.ArrayNode array, String prefix, int depth, List<Step> out) {
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

        /** The step's catalog technique, checked for existence, level and audience. */
        private Optional<Technique> technique(Fields f) {
            Optional<String> id = f.text("technique", true, 64);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            SourcePosition at = f.positionOf("technique");
            Optional<Technique> found = catalog.find(id.get());
            if (found.isEmpty()) {
                String hint = Suggestions.hint(id.get(), catalog.ids());
                problems.error(at, "unknown technique '" + id.get() + "'" + (hint.isEmpty()
                        ? "; the catalog has no technique with this id" : hint));
                return Optional.empty();
            }
            Technique t = found.get();
            boolean ok = true;
            if (t.professionalOnly() && level == Level.HOME) {
                problems.error(at, "technique '" + t.id() + "' is professional-only and is never guided in a home "
                        + "routine: " + t.levelReason());
                ok = false;
            }
            if (audience != null && t.audience() != audience) {
                problems.error(at, "technique '" + t.id() + "' is for " + audienceWords(t.audience())
                        + ", but this routine is for " + audienceWords(audience) + "; choose a "
                        + audience.jsonName() + " technique");
                ok = false;
            }
            return ok ? found : Optional.empty();
        }

        private static String audienceWords(Audience a) {
            return a == Audience.PARTNER ? "a partner" : "self-massage";
        }

        /**
         * The spoken text: 1 to {@link #MAX_SAY_CHARS} characters, one line of plain words. Control characters
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
}
