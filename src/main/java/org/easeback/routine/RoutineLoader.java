package org.easeback.routine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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

    /**
     * The routine in {@code root}: the format's checks, then each rule's reference checks (format errors or not),
     * then, on a routine with no error so far, each rule's check of the routine.
     */
    LoadResult<Routine> fromTree(SourceNode.ObjectNode root, Problems problems) {
        Reading reading = new Reading(problems);
        Routine routine = reading.routine(root);
        RoutineContext context = new RoutineContext(problems.file(), catalog, reading.level, reading.references);
        for (RoutineRule rule : rules) {
            run(rule, problems, () -> rule.checkReferences(context));
        }
        if (routine != null && !problems.hasErrors()) {
            for (RoutineRule rule : rules) {
                run(rule, problems, () -> rule.check(routine, context));
            }
        }
        return LoadResult.of(routine, problems);
    }

    /** Adds what {@code rule} finds; a rule that throws becomes an error to report, never a crash. */
    private static void run(RoutineRule rule, Problems problems, Supplier<List<Diagnostic>> check) {
        try {
            problems.addAll(check.get());
        } catch (RuntimeException e) {
            LOG.error("Routine rule {} failed on {}", rule.getClass().getName(), problems.file(), e);
            problems.error(new SourcePosition(1, 1), "an internal check (" + rule.getClass().getSimpleName()
                    + ") failed on this routine; please report it");
        }
    }

    /** The folder of the file being read, if it is one on disk: where the routine's pictures are. */
    private static Optional<Path> folderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** The state of reading one file. */
    private final class Reading {
        private final Problems problems;
        private Audience audience;
        private Level level = Level.HOME;
        private final List<TechniqueReference> references = new ArrayList<>();

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
                    long expanded = new StepReader(catalog, problems, audience, references).steps(array.get(), "", 0, steps);
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
                    equipment.get(), checkIn, steps, folderOf(problems.file()));
        }

    }
}
