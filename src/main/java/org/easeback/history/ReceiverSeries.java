package org.easeback.history;

import java.time.Instant;
import java.util.List;
import org.easeback.profile.SoreSpot;
import org.easeback.safety.CheckInAnswer;

/**
 * The data of one receiver's charts, one point per session, oldest first: their pressure answers, their sore spots
 * and their pain stops.
 */
public record ReceiverSeries(String receiver, List<PressureTally> pressure, List<SoreSpots> soreSpots,
                             List<PainStops> painStops) {

    /** How often the receiver asked for lighter, the same and firmer pressure in one session; {@code net} sums them. */
    public record PressureTally(Instant session, int lighter, int same, int firmer) {
        /** Firmer answers less lighter ones: above zero they wanted more. */
        public int net() {
            return firmer - lighter;
        }
    }

    /** The sore spots the receiver had marked when a session started. */
    public record SoreSpots(Instant session, List<SoreSpot> spots) {
        public SoreSpots {
            spots = List.copyOf(spots);
        }
    }

    /** The number of pain stops in one session (usually 0 or 1). */
    public record PainStops(Instant session, int count) {
    }

    public ReceiverSeries {
        pressure = List.copyOf(pressure);
        soreSpots = List.copyOf(soreSpots);
        painStops = List.copyOf(painStops);
    }

    static ReceiverSeries of(String receiver, List<SessionRecord> oldestFirst) {
        List<PressureTally> pressure = oldestFirst.stream().map(s -> new PressureTally(s.startedAt(),
                count(s, CheckInAnswer.LIGHTER), count(s, CheckInAnswer.SAME), count(s, CheckInAnswer.FIRMER)))
                .toList();
        List<SoreSpots> spots = oldestFirst.stream().map(s -> new SoreSpots(s.startedAt(), s.soreSpots())).toList();
        List<PainStops> pain = oldestFirst.stream().map(s -> new PainStops(s.startedAt(), s.painStops())).toList();
        return new ReceiverSeries(receiver, pressure, spots, pain);
    }

    private static int count(SessionRecord s, CheckInAnswer answer) {
        return (int) s.checkIns().stream().filter(c -> c.answer() == answer).count();
    }
}
