package org.easeback.cues;

/** One cue of the sound test: whether it played, and if not, why. */
public record SoundTestResult(Cue cue, boolean played, String problem) {

    /** "Entry start: played" or "Check-in: did not play (no audio device)". */
    public String line() {
        String name = cue.name().charAt(0) + cue.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return name + (played ? ": played" : ": did not play" + (problem.isEmpty() ? "" : " (" + problem + ")"));
    }
}
