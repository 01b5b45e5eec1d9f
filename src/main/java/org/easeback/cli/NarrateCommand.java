package org.easeback.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.easeback.engine.Plan;
import org.easeback.speech.CachedPhrase;
import org.easeback.speech.EngineStatus;
import org.easeback.speech.Narration;
import org.easeback.speech.NarrationLine;
import org.easeback.speech.PhraseCache;
import org.easeback.speech.PhraseRenderer;
import org.easeback.speech.RenderedNarration;
import org.easeback.speech.SpeechEngine;
import org.easeback.speech.SpeechEngines;
import org.easeback.speech.SpeechStyle;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.storage.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code narrate} subcommand: renders everything a routine's session says into a folder, one WAV file a
 * phrase in the order they are spoken, with {@code narration.json} listing {@code {index, at, text, file}}.
 */
@Command(name = "narrate", mixinStandardHelpOptions = true,
        description = "Writes the narration of a routine's plan into a folder: one WAV file a phrase, and"
                + " narration.json listing each phrase's index, time (seconds from the start, as in 'plan'), text"
                + " and file. Exits 2 when no speech engine is installed.")
public final class NarrateCommand implements Callable<Integer> {

    static final String LISTING = "narration.json";
    /** What to do when there is no voice to render with, in one sentence. */
    static final String NO_ENGINE = "no speech engine found: install espeak-ng (sudo apt-get install espeak-ng)"
            + " on Linux, or turn on the system voice on macOS or Windows, then run narrate again.";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    DataOption data;

    @Parameters(paramLabel = "ROUTINE",
            description = "a routine file (.json), or the id of a bundled or user routine (e.g. partner-short)")
    private String routineArgument;

    @Option(names = "--receiver", paramLabel = "PROFILE", description = "a receiver profile file (.json)")
    private Path receiverFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "the folder to write into (created if missing; default: ROUTINE-ID-narration)")
    private Path outFolder;

    @Option(names = "--voice", paramLabel = "VOICE", description = "the engine's voice or language, e.g. en-gb")
    private String voice = "";

    @Option(names = "--rate", paramLabel = "WPM", description = "words a minute, 80 to 300 (default: 150)")
    private int rate = SpeechStyle.DEFAULT_RATE;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "a technique catalog file (default: the catalog bundled with Easeback)")
    private Path catalogFile;

    private final Supplier<SpeechEngine> engines;

    public NarrateCommand() {
        this(() -> SpeechEngines.probe().engine());
    }

    /** With the engine chosen by {@code engines} (tests pass a fake). */
    NarrateCommand(Supplier<SpeechEngine> engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SpeechStyle style;
        try {
            style = new SpeechStyle(voice, rate);
        } catch (IllegalArgumentException e) {
            return DataCommandErrors.usage(err, "narrate", e.getMessage());
        }
        RoutinePlanning.Outcome planned = RoutinePlanning.plan("narrate", routineArgument, receiverFile, catalogFile,
                err);
        if (planned.plan().isEmpty()) {
            err.flush();
            return planned.exitCode();
        }
        Plan plan = planned.plan().get();
        SpeechEngine engine = engines.get();
        EngineStatus status = engine.status();
        if (!status.available()) {
            return DataCommandErrors.usage(err, "narrate", NO_ENGINE);
        }
        Optional<Path> folder = folder(plan, err);
        if (folder.isEmpty()) {
            return EasebackCommand.USAGE;
        }
        Narration narration = Narration.of(plan);
        RenderedNarration rendered = new PhraseRenderer(engine, PhraseCache.in(DataDirectory.resolve()))
                .render(narration, style);
        for (String failure : rendered.failures()) {
            err.println("easeback narrate: " + TerminalText.printable(failure));
        }
        try {
            Written written = write(folder.get(), plan, narration, rendered, status, style);
            out.printf(Locale.ROOT, "Wrote %d phrases (%d s of speech) and %s to %s, spoken by %s.%n",
                    written.files(), written.spoken().toSeconds(), LISTING,
                    TerminalText.printable(folder.get().toString()), TerminalText.printable(status.name()));
        } catch (IOException e) {
            return DataCommandErrors.failed(err, "narrate", e);
        }
        out.flush();
        err.flush();
        return rendered.failures().isEmpty() ? 0 : 1;
    }

    private Optional<Path> folder(Plan plan, PrintWriter err) {
        Path folder;
        try {
            folder = outFolder != null ? outFolder : Path.of(plan.routineId() + "-narration");
        } catch (InvalidPathException e) {
            DataCommandErrors.usage(err, "narrate", "the routine id cannot name a folder here; pass --out DIR.");
            return Optional.empty();
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            DataCommandErrors.usage(err, "narrate", "'" + TerminalText.printable(folder.toString())
                    + "' is a file, not a folder. Choose a folder with --out DIR.");
            return Optional.empty();
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            DataCommandErrors.usage(err, "narrate", "the folder '" + TerminalText.printable(folder.toString())
                    + "' cannot be created (" + TerminalText.printable(String.valueOf(e.getMessage()))
                    + "). Choose another place with --out DIR.");
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    private record Written(int files, Duration spoken) {
    }

    /** Copies each line's phrase into the folder and writes the listing. */
    private static Written write(Path folder, Plan plan, Narration narration, RenderedNarration rendered,
                                  EngineStatus status, SpeechStyle style) throws IOException {
        AtomicFileWriter writer = new AtomicFileWriter();
        ObjectNode root = JSON.createObjectNode();
        root.put("routine", plan.routineId());
        root.put("engine", status.name());
        root.put("voice", style.voice().isEmpty() ? "default" : style.voice());
        root.put("wordsPerMinute", style.wordsPerMinute());
        ArrayNode list = root.putArray("phrases");
        Duration total = Duration.ZERO;
        int files = 0;
        List<NarrationLine> lines = narration.lines();
        for (int i = 0; i < lines.size(); i++) {
            NarrationLine line = lines.get(i);
            Optional<CachedPhrase> phrase = rendered.phrase(line.text());
            ObjectNode n = list.addObject();
            n.put("index", i + 1);
            if (line.at().isPresent()) {
                long millis = line.at().get().toMillis();
                if (millis % 1000 == 0) {
                    n.put("at", millis / 1000);
                } else {
                    n.put("at", BigDecimal.valueOf(millis, 3).stripTrailingZeros());
                }
            } else {
                n.putNull("at");
            }
            n.put("text", line.text());
            if (phrase.isPresent()) {
                String name = String.format(Locale.ROOT, "%03d-%s.wav", i + 1,
                        line.event().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                writer.writeWithoutBackup(folder.resolve(name), readPhrase(phrase.get().wav()));
                n.put("file", name);
                total = total.plus(phrase.get().length());
                files++;
            } else {
                n.putNull("file");
            }
            n.put("entry", line.entryIndex() < 0 ? null : line.entryIndex() + 1);
            n.put("event", line.event().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        writer.writeWithoutBackup(folder.resolve(LISTING), (JSON.writeValueAsString(root) + "\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        return new Written(files, total);
    }

    private static byte[] readPhrase(Path wav) throws IOException {
        if (!Files.isRegularFile(wav, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("the cached phrase '" + wav + "' disappeared while narrating; run narrate again");
        }
        return Files.readAllBytes(wav);
    }
}
