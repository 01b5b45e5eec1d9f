package org.easeback.ui.settings;

import java.util.List;
import java.util.stream.Collectors;
import org.easeback.cues.SoundTestResult;

/** The settings screen's sentences about a sound test. */
final class SettingsWording {

    private SettingsWording() {
    }

    /** "All 6 cues played.", or which did not and why, with what to try. */
    static String soundTest(List<SoundTestResult> results, Settings now) {
        long played = results.stream().filter(SoundTestResult::played).count();
        String muted = now.muted() ? " Cues are muted in these settings: untick Mute to hear them in a session."
                : now.volume() <= 0 ? " The cue volume is at 0 %: raise it to hear them in a session." : "";
        if (played == results.size()) {
            return "All " + results.size() + " cues played." + muted;
        }
        String failed = results.stream().filter(r -> !r.played()).map(SoundTestResult::line)
                .collect(Collectors.joining("; "));
        String head = played == 0 ? "No cue played" : played + " of " + results.size() + " cues played";
        return head + ". " + failed + ". Check that a speaker or headphones are connected and not muted, then "
                + "test again; the session shows everything on screen either way." + muted;
    }
}
