package org.easeback.bench;

import static org.easeback.bench.RealClockRun.ms;
import static org.easeback.bench.RealClockRun.print;
import static org.easeback.bench.RealClockRun.printStats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionRunner;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;
import org.easeback.speech.Narration;
import org.easeback.speech.PhraseCache;
import org.easeback.speech.PhraseRenderer;
import org.easeback.speech.RecordingSpeechEngine;
import org.easeback.speech.RenderedNarration;
import org.easeback.speech.SessionNarrator;
import org.easeback.speech.SpeechEngine;
import org.easeback.speech.SpeechEngines;
import org.easeback.speech.SpeechSettings;
import org.easeback.speech.SpeechStyle;
import org.easeback.speech.SpeechTurns;

/**
 * Speech start lateness: how long after an entry's due start the speech output is asked to play its title, with
 * every phrase rendered ahead into the cache (by eSpeak NG when installed, else a fake engine), on the real clock,
 * driven by a {@link SessionRunner} while a second thread keeps the other core busy. Also prints how long rendering
 * the whole plan ahead took. Target: the first word within 150 ms of the step (p99 and max well under it).
 * Run: {@code mvn -B -o -Pbench test-compile exec:java -Dbench=SpeechLatenessBenchmark}.
 */
public final class SpeechLatenessBenchmark {

    private static final Duration ENTRY = Duration.ofSeconds(2);

    private SpeechLatenessBenchmark() {
    }

    static Plan plan(String id, int entries) {
        List<PlanEntry> list = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            list.add(PlanEntry.technique("Glide " + (i % 7), "thumb-glide", Side.BOTH, (int) ENTRY.toSeconds())
                    .instructions(List.of("Up.")).pressure(Pressure.GENTLE, Pressure.MODERATE).strokesPerMinute(60)
                    .build());
        }
        return Plan.of(id, id, list, 300, List.of());
    }

    /** Lateness of the play call after each entry start, in nanoseconds. */
    static long[] run(Plan plan, RenderedNarration rendered) throws InterruptedException {
        long[] late = new long[plan.size()];
        int[] count = {0};
        long[] dueAt = {0};
        boolean[] entryStart = {false};
        SessionNarrator narrator = new SessionNarrator(rendered, (wav, volume) -> {
            if (entryStart[0] && count[0] < late.length) {
                late[count[0]++] = System.nanoTime() - dueAt[0];
            }
        }, SpeechTurns.system(), () -> SpeechSettings.DEFAULT);
        RealClockRun.runToEnd(plan, ENTRY, e -> {
            entryStart[0] = e instanceof SessionEvent.EntryStarted;
            dueAt[0] = e.atNanos();
            int before = count[0];
            narrator.onEvent(e);
            if (entryStart[0] && count[0] == before) {
                System.out.println("entry " + e.entryIndex() + " start not spoken at once (voice still busy)");
            }
            entryStart[0] = false;
        });
        return Arrays.copyOf(late, count[0]);
    }

    public static void main(String[] args) throws Exception {
        SpeechEngines.Probe probe = SpeechEngines.probe();
        SpeechEngine engine = probe.found() ? probe.engine() : new RecordingSpeechEngine();
        Path cacheDir = Files.createTempDirectory("easeback-speech-bench");
        PhraseCache cache = new PhraseCache(cacheDir, PhraseCache.DEFAULT_MAX_BYTES);
        Plan plan = plan("speech-lateness", 50);
        long renderStart = System.nanoTime();
        RenderedNarration rendered = new PhraseRenderer(engine, cache).render(Narration.of(plan), SpeechStyle.DEFAULT);
        long renderNanos = System.nanoTime() - renderStart;
        if (!rendered.failures().isEmpty()) {
            throw new IllegalStateException("Rendering failed: " + rendered.failures());
        }

        Thread busy = RealClockRun.busyCore();
        run(plan("warm-up", 4), new PhraseRenderer(engine, cache).render(Narration.of(plan("warm-up", 4)),
                SpeechStyle.DEFAULT));
        long[] late = run(plan, rendered);
        busy.interrupt();

        print("engine", engine.status().name());
        print("phrases_rendered", rendered.phrases().size());
        print("render_ahead_ms", ms(renderNanos));
        print("entry_starts_spoken", late.length + " of " + plan.size());
        printStats("speech_start_lateness", late);
        RealClockRun.printMachine();
    }
}
