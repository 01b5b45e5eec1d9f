package org.easeback.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.easeback.profile.SoreSpot;
import org.easeback.safety.CheckInAnswer;

/** Turns journal events into single JSON lines and back; the start line carries the journal's format tag. */
public final class JournalCodec {

    /** The format tag on the first line of every journal. */
    public static final String FORMAT = "easeback-journal/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalCodec() {
    }

    /** The event as one line of JSON, without the newline. */
    public static String line(JournalEvent event) {
        ObjectNode n = JSON.createObjectNode();
        if (event instanceof JournalEvent.Started s) {
            n.put("format", FORMAT);
        }
        n.put("event", name(event));
        n.put("at", event.at().toString());
        if (event instanceof JournalEvent.Started s) {
            n.put("sessionId", s.sessionId());
            n.put("routineId", s.routineId());
            n.put("routineTitle", s.routineTitle());
            n.put("receiver", s.receiverName());
            ArrayNode screening = n.putArray("screening");
            for (JournalEvent.ScreeningAnswer a : s.screening()) {
                screening.addObject().put("question", a.question()).put("answer", a.answer());
            }
            if (s.planSteps() >= 0) {
                n.put("planSteps", s.planSteps());
            }
            ArrayNode spots = n.putArray("soreSpots");
            for (SoreSpot spot : s.soreSpots()) {
                ObjectNode o = spots.addObject().put("x", spot.x()).put("y", spot.y());
                if (!spot.note().isEmpty()) {
                    o.put("note", spot.note());
                }
            }
        } else if (event instanceof JournalEvent.EntryStarted e) {
            n.put("entry", e.entryIndex()).put("title", e.title()).put("kind", e.kind());
            if (!e.side().isEmpty()) {
                n.put("side", e.side());
            }
        } else if (event instanceof JournalEvent.EntryEnded e) {
            n.put("entry", e.entryIndex()).put("how", e.how()).put("ranMillis", e.ranMillis());
        } else if (event instanceof JournalEvent.Paused e) {
            n.put("entry", e.entryIndex());
        } else if (event instanceof JournalEvent.Resumed e) {
            n.put("entry", e.entryIndex());
        } else if (event instanceof JournalEvent.CheckInAnswered e) {
            n.put("entry", e.entryIndex()).put("answer", e.answer().name().toLowerCase(Locale.ROOT));
            if (e.number() > 0) {
                n.put("number", e.number());
            }
            if (!e.before().isEmpty()) {
                n.put("before", e.before());
            }
            if (!e.after().isEmpty()) {
                n.put("after", e.after());
            }
        } else if (event instanceof JournalEvent.Extended e) {
            n.put("entry", e.entryIndex()).put("seconds", e.seconds());
        } else if (event instanceof JournalEvent.PainStop e) {
            n.put("entry", e.entryIndex()).put("message", e.message());
        } else if (event instanceof JournalEvent.Stopped e) {
            n.put("entry", e.entryIndex()).put("reason", e.reason()).put("message", e.message());
        } else if (event instanceof JournalEvent.SafetyDecision e) {
            n.put("rule", e.rule()).put("decision", e.decision());
        } else if (event instanceof JournalEvent.Snapshot e) {
            n.put("entry", e.entryIndex());
            try {
                n.set("state", JSON.readTree(e.state()));
            } catch (JsonProcessingException ex) {
                n.put("state", e.state());
            }
        } else if (event instanceof JournalEvent.Abandoned e) {
            n.put("reason", e.reason());
        }
        return n.toString();
    }

    static String name(JournalEvent event) {
        if (event instanceof JournalEvent.Started) return "start";
        if (event instanceof JournalEvent.EntryStarted) return "entry";
        if (event instanceof JournalEvent.EntryEnded) return "entry-end";
        if (event instanceof JournalEvent.Paused) return "pause";
        if (event instanceof JournalEvent.Resumed) return "resume";
        if (event instanceof JournalEvent.CheckInAnswered) return "check-in";
        if (event instanceof JournalEvent.Extended) return "extend";
        if (event instanceof JournalEvent.PainStop) return "pain-stop";
        if (event instanceof JournalEvent.Stopped) return "stop";
        if (event instanceof JournalEvent.Finished) return "finish";
        if (event instanceof JournalEvent.SafetyDecision) return "safety";
        if (event instanceof JournalEvent.Snapshot) return "snapshot";
        if (event instanceof JournalEvent.Abandoned) return "abandoned";
        return "reopened";
    }

    /** The event on {@code line}. */
    public static JournalEvent parse(String line) throws BadLine {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLine("it is not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw new BadLine("it is not a JSON object");
        }
        try {
            Instant at = Instant.parse(text(n, "at"));
            String event = text(n, "event");
            return switch (event) {
                case "start" -> {
                    if (!FORMAT.equals(n.path("format").asText())) {
                        throw new BadLine("its format is \"" + n.path("format").asText() + "\", expected \""
                                + FORMAT + "\"");
                    }
                    List<JournalEvent.ScreeningAnswer> screening = new ArrayList<>();
                    for (JsonNode a : n.path("screening")) {
                        screening.add(new JournalEvent.ScreeningAnswer(a.path("question").asText(),
                                a.path("answer").asText()));
                    }
                    List<SoreSpot> spots = new ArrayList<>();
                    for (JsonNode s : n.path("soreSpots")) {
                        spots.add(new SoreSpot(s.path("x").asDouble(), s.path("y").asDouble(),
                                s.path("note").asText("")));
                    }
                    yield new JournalEvent.Started(at, text(n, "sessionId"), text(n, "routineId"),
                            n.path("routineTitle").asText(""), text(n, "receiver"), screening, spots,
                            n.path("planSteps").asInt(-1));
                }
                case "entry" -> new JournalEvent.EntryStarted(at, entry(n), n.path("title").asText(""),
                        n.path("kind").asText(""), n.path("side").asText(""));
                case "entry-end" -> new JournalEvent.EntryEnded(at, entry(n), text(n, "how"),
                        Math.max(0, n.path("ranMillis").asLong()));
                case "pause" -> new JournalEvent.Paused(at, entry(n));
                case "resume" -> new JournalEvent.Resumed(at, entry(n));
                case "check-in" -> new JournalEvent.CheckInAnswered(at, entry(n),
                        CheckInAnswer.valueOf(text(n, "answer").toUpperCase(Locale.ROOT)),
                        Math.max(0, n.path("number").asInt()), n.path("before").asText(""),
                        n.path("after").asText(""));
                case "extend" -> new JournalEvent.Extended(at, entry(n), n.path("seconds").asInt());
                case "pain-stop" -> new JournalEvent.PainStop(at, entry(n), n.path("message").asText(""));
                case "stop" -> new JournalEvent.Stopped(at, entry(n), n.path("reason").asText(""),
                        n.path("message").asText(""));
                case "finish" -> new JournalEvent.Finished(at);
                case "safety" -> new JournalEvent.SafetyDecision(at, n.path("rule").asText(""),
                        n.path("decision").asText(""));
                case "snapshot" -> new JournalEvent.Snapshot(at, entry(n),
                        n.path("state").isTextual() ? n.path("state").asText() : n.path("state").toString());
                case "abandoned" -> new JournalEvent.Abandoned(at, n.path("reason").asText(""));
                case "reopened" -> new JournalEvent.Reopened(at);
                default -> throw new BadLine("it has an unknown event \"" + event + "\"");
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new BadLine("a field has a wrong value (" + e.getMessage() + ")");
        }
    }

    private static int entry(JsonNode n) throws BadLine {
        JsonNode e = n.get("entry");
        if (e == null || !e.canConvertToInt()) {
            throw new BadLine("\"entry\" is missing");
        }
        return e.asInt();
    }

    private static String text(JsonNode n, String field) throws BadLine {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new BadLine("\"" + field + "\" is missing");
        }
        return v.asText();
    }

    /** A journal line that is not a valid event; the message ends "line N is skipped because …". */
    public static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        public BadLine(String message) {
            super(message, null, false, false);
        }
    }
}
