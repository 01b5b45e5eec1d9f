package org.easeback.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.easeback.safety.BackMap;
import org.easeback.routine.Fields;
import org.easeback.routine.FileKind;
import org.easeback.routine.LoadResult;
import org.easeback.routine.Pressure;
import org.easeback.routine.Problems;
import org.easeback.routine.SourceLimits;
import org.easeback.routine.SourceNode;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.SourceReader;
import org.easeback.safety.CarrierCheck;
import org.easeback.safety.OilConflict;
import org.easeback.safety.OilConflicts;

/**
 * Loads a receiver profile ({@code easeback-receiver/1}) with the same diagnostics as routines, and refuses a sore
 * spot the back map forbids (on the spine or a bone), with the back map's reason.
 */
public final class ReceiverLoader {

    public static final int MAX_NAME_CHARS = 80;
    public static final int MAX_SORE_SPOTS = 20;
    public static final int MAX_NOTE_CHARS = 200;
    public static final int MAX_OIL_CHARS = SourceLimits.MAX_TEXT_CHARS;
    /** Most essential oils, or sensitivities, one receiver lists. */
    public static final int MAX_OILS = 50;

    private static final List<String> FIELDS = List.of("$schema", "format", "name", "carrierOil", "essentialOils",
            "sensitivities", "preferredPressure", "soreSpots");
    private static final List<String> SPOT_FIELDS = List.of("x", "y", "note");

    public LoadResult<Receiver> load(Path file) {
        return SourceReader.readFile(file, FileKind.RECEIVER).load(file, this::fromTree);
    }

    /** Loads {@code bytes}, the content of {@code file} (named in diagnostics). */
    public LoadResult<Receiver> load(byte[] bytes, Path file) {
        return SourceReader.read(bytes, file, FileKind.RECEIVER).load(file, this::fromTree);
    }

    /**
     * What {@code validate} reports for a receiver file: the loader's diagnostics, and each conflict in the oils
     * ({@link OilConflicts}: an oil the sensitivities rule out, no real carrier) as an error at the oil concerned.
     * The app still loads such a receiver, and refuses the oils in the plan.
     */
    public LoadResult<Receiver> validate(SourceNode.ObjectNode root, Problems problems) {
        LoadResult<Receiver> loaded = fromTree(root, problems);
        if (loaded instanceof LoadResult.Valid<Receiver> valid) {
            Receiver r = valid.loaded();
            for (OilConflict c : OilConflicts.of(r.carrierOil(), r.essentialOils(), r.sensitivities())) {
                problems.error(positionOf(root, c), conflictLabel(c) + c.message());
            }
            return LoadResult.of(r, problems);
        }
        return loaded;
    }

    private static String conflictLabel(OilConflict c) {
        return switch (c.kind()) {
            case NO_CARRIER -> "essential oils \"" + c.oil() + "\" are refused: ";
            case NOT_A_CARRIER -> "carrier oil \"" + c.oil() + "\" is refused: ";
            case SENSITIVITY -> "oil \"" + c.oil() + "\" is refused: ";
        };
    }

    /** Where the oil a conflict concerns is written: the carrier, its item in the essential oils, or the list. */
    private static SourcePosition positionOf(SourceNode.ObjectNode root, OilConflict c) {
        Optional<SourceNode> carrier = root.get("carrierOil");
        Optional<SourceNode> essentials = root.get("essentialOils");
        if (c.kind() == OilConflict.Kind.SENSITIVITY && essentials.orElse(null) instanceof SourceNode.ArrayNode a) {
            for (SourceNode item : a.items()) {
                if (item instanceof SourceNode.TextNode t && CarrierCheck.clean(t.value()).equals(c.oil())) {
                    return item.position();
                }
            }
        }
        if (c.kind() == OilConflict.Kind.NO_CARRIER && carrier.isEmpty()) {
            return essentials.map(SourceNode::position).orElse(root.position());
        }
        return carrier.or(() -> essentials).map(SourceNode::position).orElse(root.position());
    }

    public LoadResult<Receiver> fromTree(SourceNode.ObjectNode root, Problems problems) {
        Fields f = new Fields(root, "", problems);
        f.allowOnly(FIELDS);
        if (f.has("$schema")) {
            f.text("$schema", false, SourceLimits.MAX_TEXT_CHARS);
        }
        f.format(Receiver.FORMAT, FileKind.RECEIVER);
        Optional<String> name = f.text("name", true, MAX_NAME_CHARS);
        Optional<String> carrier = !f.has("carrierOil") || f.node("carrierOil").get() instanceof SourceNode.TextNode t
                && t.value().isEmpty() ? Optional.of("") : f.text("carrierOil", false, MAX_OIL_CHARS);
        Optional<List<String>> essential = f.has("essentialOils")
                ? f.texts("essentialOils", false, 0, MAX_OILS, MAX_OIL_CHARS) : Optional.of(List.of());
        Optional<List<String>> sensitivities = f.has("sensitivities")
                ? f.texts("sensitivities", false, 0, MAX_OILS, MAX_OIL_CHARS) : Optional.of(List.of());
        Optional<Pressure> pressure = f.choice("preferredPressure", false, List.of(Pressure.values()),
                Pressure::jsonName);
        List<SoreSpot> spots = new ArrayList<>();
        f.node("soreSpots").flatMap(n -> f.list(n, "'soreSpots'", 0, MAX_SORE_SPOTS)).ifPresent(array -> {
            int i = 0;
            for (SourceNode item : array.items()) {
                i++;
                spot(item, i, problems).ifPresent(spots::add);
            }
        });
        if (problems.hasErrors() || name.isEmpty() || carrier.isEmpty() || essential.isEmpty()
                || sensitivities.isEmpty()) {
            return LoadResult.of(null, problems);
        }
        return LoadResult.of(new Receiver(name.get(), carrier.get(), essential.get(), sensitivities.get(),
                pressure.orElse(Pressure.DEFAULT), spots), problems);
    }

    private static Optional<SoreSpot> spot(SourceNode node, int index, Problems problems) {
        String where = " in sore spot " + index;
        if (!(node instanceof SourceNode.ObjectNode o)) {
            problems.error(node.position(), "sore spot " + index + " must be an object like "
                    + "{\"x\": 0.36, \"y\": 0.55}, not " + node.describe());
            return Optional.empty();
        }
        Fields f = new Fields(o, where, problems);
        f.allowOnly(SPOT_FIELDS);
        Optional<Double> x = f.decimal("x", true, 0, 1);
        Optional<Double> y = f.decimal("y", true, 0, 1);
        Optional<String> note = f.has("note") ? f.text("note", false, MAX_NOTE_CHARS) : Optional.of("");
        if (x.isEmpty() || y.isEmpty() || note.isEmpty()) {
            return Optional.empty();
        }
        SoreSpot spot = new SoreSpot(x.get(), y.get(), note.get());
        Optional<String> refusal = BackMap.refusal(spot.point());
        if (refusal.isPresent()) {
            problems.error(o.position(), String.format(Locale.ROOT, "sore spot %d at (%s, %s) is refused: %s",
                    index, trim(x.get()), trim(y.get()), refusal.get()));
            return Optional.empty();
        }
        return Optional.of(spot);
    }

    private static String trim(double d) {
        return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
