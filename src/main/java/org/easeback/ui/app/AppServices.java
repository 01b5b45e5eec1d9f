package org.easeback.ui.app;

import org.easeback.cues.CuePlayer;

import org.easeback.ui.kit.LibrarySource;
import org.easeback.ui.library.RoutineDurations;
import org.easeback.ui.presession.ReceiverSource;
import org.easeback.ui.settings.CurrentSettings;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.SessionPlanner;
import org.easeback.ui.sound.SystemVoice;

/**
 * The app's wiring points: everything the screens need from outside the UI, built once by {@link EasebackApp}
 * and replaced by fakes in tests and the screenshot tour.
 *
 * @param tasks     background work; results come back on the FX thread
 * @param library   the routines, broken files and professional techniques (loader)
 * @param durations a routine's running time from its compiled plan (engine)
 * @param planner   compiles the plan a session runs (engine)
 * @param receivers who can receive a massage (receiver store; the guest until then)
 * @param settings  theme, volume and mute, live
 * @param cues      the sound cues: whether they can play (shown on Ready, in the player and in Settings)
 * @param voice     the speech engine found, and "Test voice" (Settings)
 */
public record AppServices(BackgroundTasks tasks, LibrarySource library, RoutineDurations durations,
                          SessionPlanner planner, ReceiverSource receivers, CurrentSettings settings,
                          CuePlayer cues, SystemVoice voice) {

    /** Services with no speech engine (tests, the screenshot tour). */
    public AppServices(BackgroundTasks tasks, LibrarySource library, RoutineDurations durations,
                       SessionPlanner planner, ReceiverSource receivers, CurrentSettings settings, CuePlayer cues) {
        this(tasks, library, durations, planner, receivers, settings, cues, SystemVoice.none(tasks));
    }

    /** Services whose cues need no sound device (tests, the screenshot tour). */
    public AppServices(BackgroundTasks tasks, LibrarySource library, RoutineDurations durations,
                       SessionPlanner planner, ReceiverSource receivers, CurrentSettings settings) {
        this(tasks, library, durations, planner, receivers, settings, CuePlayer.silent());
    }
}
