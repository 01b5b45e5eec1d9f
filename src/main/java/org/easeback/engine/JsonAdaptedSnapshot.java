package org.easeback.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.util.Locale;

/** A {@link SessionSnapshot} as stored in a journal's snapshot line ({@code easeback-session-snapshot/1}). */
@JsonPropertyOrder({"format", "planId", "entryCount", "entryIndex", "elapsedInEntryMillis", "pressureShift",
        "entryExtensionSeconds", "totalExtensionSeconds", "runningTimeMillis", "state"})
record JsonAdaptedSnapshot(
        @JsonProperty("format") String format,
        @JsonProperty("planId") String planId,
        @JsonProperty("entryCount") Integer entryCount,
        @JsonProperty("entryIndex") Integer entryIndex,
        @JsonProperty("elapsedInEntryMillis") Long elapsedInEntryMillis,
        @JsonProperty("pressureShift") Integer pressureShift,
        @JsonProperty("entryExtensionSeconds") Integer entryExtensionSeconds,
        @JsonProperty("totalExtensionSeconds") Integer totalExtensionSeconds,
        @JsonProperty("runningTimeMillis") Long runningTimeMillis,
        @JsonProperty("state") String state) {

    @JsonCreator
    JsonAdaptedSnapshot {
    }

    static JsonAdaptedSnapshot of(SessionSnapshot s) {
        return new JsonAdaptedSnapshot(SessionSnapshotJson.FORMAT, s.planId(), s.entryCount(), s.entryIndex(),
                s.elapsedInEntry().toMillis(), s.pressureShift(), s.entryExtensionSeconds(),
                s.totalExtensionSeconds(), s.runningTime().toMillis(), s.state().name());
    }

    /**
     * The snapshot, checked.
     *
     * @throws IllegalArgumentException with what is wrong, as the end of a sentence
     */
    SessionSnapshot toModel() {
        require(planId != null, "'planId' is missing");
        require(entryCount != null && entryCount >= 0, "'entryCount' is not a whole number of 0 or more");
        require(entryIndex != null && entryIndex >= 0, "'entryIndex' is not a whole number of 0 or more");
        require(elapsedInEntryMillis != null && elapsedInEntryMillis >= 0, "'elapsedInEntryMillis' is not a "
                + "whole number of 0 or more");
        require(pressureShift != null, "'pressureShift' is not a whole number");
        require(entryExtensionSeconds != null && entryExtensionSeconds >= 0, "'entryExtensionSeconds' is not a "
                + "whole number of 0 or more");
        require(totalExtensionSeconds != null && totalExtensionSeconds >= 0, "'totalExtensionSeconds' is not a "
                + "whole number of 0 or more");
        require(runningTimeMillis != null && runningTimeMillis >= 0, "'runningTimeMillis' is not a whole number "
                + "of 0 or more");
        require(state != null, "'state' is missing");
        SessionState s;
        try {
            s = SessionState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'state' is \"" + state + "\", which is no session state");
        }
        return new SessionSnapshot(planId, entryCount, entryIndex, Duration.ofMillis(elapsedInEntryMillis),
                pressureShift, entryExtensionSeconds, totalExtensionSeconds, Duration.ofMillis(runningTimeMillis), s);
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }
}
