package org.easeback.history;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.easeback.profile.SoreSpot;
import org.easeback.safety.CheckInAnswer;
import org.easeback.storage.StoredJson;

/**
 * One line of an {@code easeback-journal/1} file as stored: every event's fields in one flat record, written in a
 * fixed order with absent fields left out, kept apart from {@link JournalEvent}. Unknown fields are ignored, so a
 * journal from a later Easeback of the same version still reads.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "event", "at", "sessionId", "routineId", "routineTitle", "receiver", "screening",
        "planSteps", "soreSpots", "entry", "title", "kind", "side", "how", "ranMillis", "answer", "number", "before",
        "after", "seconds", "reason", "message", "rule", "decision", "state"})
record JsonAdaptedJournalLine(
        @JsonProperty("format") String format,
        @JsonProperty("event") String event,
        @JsonProperty("at") String at,
        @JsonProperty("sessionId") String sessionId,
        @JsonProperty("routineId") String routineId,
        @JsonProperty("routineTitle") String routineTitle,
        @JsonProperty("receiver") String receiver,
        @JsonProperty("screening") List<Answer> screening,
        @JsonProperty("planSteps") Integer planSteps,
        @JsonProperty("soreSpots") List<Spot> soreSpots,
        @JsonProperty("entry") Integer entry,
        @JsonProperty("title") String title,
        @JsonProperty("kind") String kind,
        @JsonProperty("side") String side,
        @JsonProperty("how") String how,
        @JsonProperty("ranMillis") Long ranMillis,
        @JsonProperty("answer") String answer,
        @JsonProperty("number") Integer number,
        @JsonProperty("before") String before,
        @JsonProperty("after") String after,
        @JsonProperty("seconds") Integer seconds,
        @JsonProperty("reason") String reason,
        @JsonProperty("message") String message,
        @JsonProperty("rule") String rule,
        @JsonProperty("decision") String decision,
        @JsonProperty("state") JsonNode state) {

    @JsonCreator
    JsonAdaptedJournalLine {
    }

    /** A screening answer as stored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(@JsonProperty("question") String question, @JsonProperty("answer") String answer) {
        @JsonCreator
        Answer {
        }
    }

    /** A sore spot as stored; the note only when there is one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Spot(@JsonProperty("x") double x, @JsonProperty("y") double y, @JsonProperty("note") String note) {
        @JsonCreator
        Spot {
        }
    }

    /** The stored line of {@code e}. */
    static JsonAdaptedJournalLine of(JournalEvent e) {
        Line l = new Line();
        l.event = JournalCodec.name(e);
        l.at = e.at().toString();
        if (e instanceof JournalEvent.Started s) {
            l.format = JournalCodec.FORMAT;
            l.sessionId = s.sessionId();
            l.routineId = s.routineId();
            l.routineTitle = s.routineTitle();
            l.receiver = s.receiverName();
            l.screening = s.screening().stream().map(a -> new Answer(a.question(), a.answer())).toList();
            l.planSteps = s.planSteps() >= 0 ? s.planSteps() : null;
            l.soreSpots = s.soreSpots().stream().map(p -> new Spot(p.x(), p.y(), p.note())).toList();
        } else if (e instanceof JournalEvent.EntryStarted x) {
            l.entry = x.entryIndex();
            l.title = x.title();
            l.kind = x.kind();
            l.side = x.side().isEmpty() ? null : x.side();
        } else if (e instanceof JournalEvent.EntryEnded x) {
            l.entry = x.entryIndex();
            l.how = x.how();
            l.ranMillis = x.ranMillis();
        } else if (e instanceof JournalEvent.Paused x) {
            l.entry = x.entryIndex();
        } else if (e instanceof JournalEvent.Resumed x) {
            l.entry = x.entryIndex();
        } else if (e instanceof JournalEvent.CheckInAnswered x) {
            l.entry = x.entryIndex();
            l.answer = x.answer().name().toLowerCase(Locale.ROOT);
            l.number = x.number() > 0 ? x.number() : null;
            l.before = x.before().isEmpty() ? null : x.before();
            l.after = x.after().isEmpty() ? null : x.after();
        } else if (e instanceof JournalEvent.Extended x) {
            l.entry = x.entryIndex();
            l.seconds = x.seconds();
        } else if (e instanceof JournalEvent.PainStop x) {
            l.entry = x.entryIndex();
            l.message = x.message();
        } else if (e instanceof JournalEvent.Stopped x) {
            l.entry = x.entryIndex();
            l.reason = x.reason();
            l.message = x.message();
        } else if (e instanceof JournalEvent.SafetyDecision x) {
            l.rule = x.rule();
            l.decision = x.decision();
        } else if (e instanceof JournalEvent.Snapshot x) {
            l.entry = x.entryIndex();
            l.state = state(x.state());
        } else if (e instanceof JournalEvent.Abandoned x) {
            l.reason = x.reason();
        }
        return l.build();
    }

    /** The fields of a line being written; unset ones stay out of the file. */
    private static final class Line {
        String format;
        String event;
        String at;
        String sessionId;
        String routineId;
        String routineTitle;
        String receiver;
        List<Answer> screening;
        Integer planSteps;
        List<Spot> soreSpots;
        Integer entry;
        String title;
        String kind;
        String side;
        String how;
        Long ranMillis;
        String answer;
        Integer number;
        String before;
        String after;
        Integer seconds;
        String reason;
        String message;
        String rule;
        String decision;
        JsonNode state;

        JsonAdaptedJournalLine build() {
            return new JsonAdaptedJournalLine(format, event, at, sessionId, routineId, routineTitle, receiver,
                    screening, planSteps, soreSpots, entry, title, kind, side, how, ranMillis, answer, number,
                    before, after, seconds, reason, message, rule, decision, state);
        }
    }

    private static JsonNode state(String json) {
        try {
            return StoredJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(json);
        }
    }

    /**
     * The event on this line.
     *
     * @throws JournalCodec.BadLine with why, as the end of "line N is skipped because …"
     */
    JournalEvent toModel() throws JournalCodec.BadLine {
        Instant time;
        try {
            time = Instant.parse(required(at, "at"));
        } catch (DateTimeParseException e) {
            throw new JournalCodec.BadLine("a field has a wrong value (" + e.getMessage() + ")");
        }
        String name = required(event, "event");
        return switch (name) {
            case "start" -> {
                if (!JournalCodec.FORMAT.equals(format)) {
                    throw new JournalCodec.BadLine("its format is \"" + (format == null ? "" : format)
                            + "\", expected \"" + JournalCodec.FORMAT + "\"");
                }
                yield new JournalEvent.Started(time, required(sessionId, "sessionId"), required(routineId,
                        "routineId"), or(routineTitle), required(receiver, "receiver"),
                        screening == null ? List.of() : screening.stream().map(a -> new JournalEvent.ScreeningAnswer(
                                or(a.question()), or(a.answer()))).toList(),
                        soreSpots == null ? List.of() : soreSpots.stream().map(s -> new SoreSpot(s.x(), s.y(),
                                or(s.note()))).toList(),
                        planSteps == null ? -1 : planSteps);
            }
            case "entry" -> new JournalEvent.EntryStarted(time, entryIndex(), or(title), or(kind), or(side));
            case "entry-end" -> new JournalEvent.EntryEnded(time, entryIndex(), required(how, "how"),
                    ranMillis == null ? 0 : Math.max(0, ranMillis));
            case "pause" -> new JournalEvent.Paused(time, entryIndex());
            case "resume" -> new JournalEvent.Resumed(time, entryIndex());
            case "check-in" -> new JournalEvent.CheckInAnswered(time, entryIndex(), checkInAnswer(),
                    number == null ? 0 : Math.max(0, number), or(before), or(after));
            case "extend" -> new JournalEvent.Extended(time, entryIndex(), seconds == null ? 0 : seconds);
            case "pain-stop" -> new JournalEvent.PainStop(time, entryIndex(), or(message));
            case "stop" -> new JournalEvent.Stopped(time, entryIndex(), or(reason), or(message));
            case "finish" -> new JournalEvent.Finished(time);
            case "safety" -> new JournalEvent.SafetyDecision(time, or(rule), or(decision));
            case "snapshot" -> new JournalEvent.Snapshot(time, entryIndex(),
                    state == null ? "" : state.isTextual() ? state.asText() : state.toString());
            case "abandoned" -> new JournalEvent.Abandoned(time, or(reason));
            case "reopened" -> new JournalEvent.Reopened(time);
            default -> throw new JournalCodec.BadLine("it has an unknown event \"" + name + "\"");
        };
    }

    private CheckInAnswer checkInAnswer() throws JournalCodec.BadLine {
        String a = required(answer, "answer");
        try {
            return CheckInAnswer.valueOf(a.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JournalCodec.BadLine("a field has a wrong value (\"answer\" is \"" + a + "\")");
        }
    }

    private int entryIndex() throws JournalCodec.BadLine {
        if (entry == null) {
            throw new JournalCodec.BadLine("\"entry\" is missing");
        }
        return entry;
    }

    private static String required(String value, String field) throws JournalCodec.BadLine {
        if (value == null) {
            throw new JournalCodec.BadLine("\"" + field + "\" is missing");
        }
        return value;
    }

    private static String or(String value) {
        return value == null ? "" : value;
    }
}
