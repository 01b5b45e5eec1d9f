package org.easeback.ui.receivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.profile.Receiver;
import org.easeback.profile.ReceiverRules;
import org.easeback.profile.ReceiverStore;
import org.easeback.profile.ReceiverStoreException;
import org.easeback.profile.StoredReceiver;
import org.easeback.routine.Pressure;
import org.easeback.routine.OilCatalogLoader;
import org.easeback.safety.OilConflict;
import org.easeback.safety.OilConflicts;
import org.easeback.safety.SensitivityMatcher;
import org.easeback.ui.kit.BackgroundTasks;

/**
 * One receiver being created or edited: the form's fields, the sore-spot map, and each problem as a sentence
 * beside the field it concerns. Problems come from {@link ReceiverRules} before saving and from the
 * {@link ReceiverStore} while saving (a name already taken, a change made elsewhere); saving runs in the background.
 */
public final class ReceiverEditorModel {

    /** Carrier oils to choose from, from the oils data; any other can be typed. */
    public static final List<String> CARRIER_OILS = OilCatalogLoader.bundled().carrierNames();
    /** Essential oils to choose from, from the oils data. */
    public static final List<String> ESSENTIAL_OILS = OilCatalogLoader.bundled().essentialOilNames();
    /** Common sensitivities, from the oils data: allergies and things the skin reacts to. */
    public static final List<String> SENSITIVITIES = OilCatalogLoader.bundled().sensitivities();

    /** Said beside the Save button while any oil would be refused, so nobody thinks saving makes it safe. */
    public static final String SAVE_NOTE = "You can save this receiver, but every session will leave out the oils "
            + "refused above until you change them.";

    /** Which field a problem belongs to, so the view shows it next to that field. */
    public enum Field { NAME, CARRIER_OIL, ESSENTIAL_OILS, SENSITIVITIES, PRESSURE, SORE_SPOTS, GENERAL }

    private final BackgroundTasks tasks;
    private final ReceiverStore store;
    private final StoredReceiver original;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty carrierOil = new SimpleStringProperty("");
    private final ObservableList<String> essentialOils = FXCollections.observableArrayList();
    private final ObservableList<String> sensitivities = FXCollections.observableArrayList();
    private final ObjectProperty<Pressure> pressure = new SimpleObjectProperty<>(Pressure.DEFAULT);
    private final SoreSpotMapModel map = new SoreSpotMapModel();
    private final java.util.Map<Field, StringProperty> errors = new java.util.EnumMap<>(Field.class);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<List<OilConflict>> conflicts = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper carrierRefusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper essentialOilRefusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cautions = new ReadOnlyStringWrapper("");

    /**
     * @param original the receiver being edited, or null for a new one
     */
    public ReceiverEditorModel(BackgroundTasks tasks, ReceiverStore store, StoredReceiver original) {
        this.tasks = tasks;
        this.store = store;
        this.original = original;
        for (Field f : Field.values()) {
            errors.put(f, new SimpleStringProperty(""));
        }
        if (original != null) {
            Receiver r = original.receiver();
            name.set(r.name());
            carrierOil.set(r.carrierOil());
            essentialOils.setAll(r.essentialOils());
            sensitivities.setAll(r.sensitivities());
            pressure.set(r.preferredPressure());
            map.setAll(r.soreSpots());
        }
        reviewOils();
        carrierOil.addListener((o, a, b) -> reviewOils());
        essentialOils.addListener((javafx.collections.ListChangeListener<String>) c -> reviewOils());
        sensitivities.addListener((javafx.collections.ListChangeListener<String>) c -> reviewOils());
        name.addListener((o, a, b) -> {
            dirty.set(true);
            error(Field.NAME).set("");
        });
        carrierOil.addListener((o, a, b) -> {
            dirty.set(true);
            error(Field.CARRIER_OIL).set("");
        });
        essentialOils.addListener((javafx.collections.ListChangeListener<String>) c -> dirty.set(true));
        sensitivities.addListener((javafx.collections.ListChangeListener<String>) c -> dirty.set(true));
        pressure.addListener((o, a, b) -> dirty.set(true));
        map.spots().addListener((javafx.collections.ListChangeListener<org.easeback.profile.SoreSpot>) c -> {
            dirty.set(true);
            error(Field.SORE_SPOTS).set("");
        });
    }

    /** True when editing a stored receiver, false for a new one. */
    public boolean isExisting() {
        return original != null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty carrierOilProperty() {
        return carrierOil;
    }

    public ObservableList<String> essentialOils() {
        return essentialOils;
    }

    public ObservableList<String> sensitivities() {
        return sensitivities;
    }

    public ObjectProperty<Pressure> pressureProperty() {
        return pressure;
    }

    public SoreSpotMapModel map() {
        return map;
    }

    /** The problem with {@code field} as a sentence, or empty. */
    public StringProperty error(Field field) {
        return errors.get(field);
    }

    /** True while a save runs. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True once anything was changed. */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Every conflict in the chosen oils, from the safety module's {@link OilConflicts}; updated as they change. */
    public ReadOnlyObjectProperty<List<OilConflict>> conflictsProperty() {
        return conflicts.getReadOnlyProperty();
    }

    /** Why the carrier oil will be refused (not a carrier, or ruled out by a sensitivity); empty when it may be used. */
    public ReadOnlyStringProperty carrierRefusalProperty() {
        return carrierRefusal.getReadOnlyProperty();
    }

    /** Why essential oils will be refused (no carrier, or a sensitivity); empty when they may be used. */
    public ReadOnlyStringProperty essentialOilRefusalProperty() {
        return essentialOilRefusal.getReadOnlyProperty();
    }

    /** {@link #SAVE_NOTE} while anything would be refused, else empty. */
    public ReadOnlyStringProperty saveNoteProperty() {
        return saveNote.getReadOnlyProperty();
    }

    /** The cautions of each chosen oil the oils data knows, one line each ("Peppermint: ..."); empty if none. */
    public ReadOnlyStringProperty cautionsProperty() {
        return cautions.getReadOnlyProperty();
    }

    /** Adds {@code text} to {@code list} (stripped; ignored when blank or already there, ignoring case). */
    public static boolean addTo(List<String> list, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String item = text.strip();
        if (item.length() > ReceiverRules.MAX_TEXT) {
            item = item.substring(0, ReceiverRules.MAX_TEXT);
        }
        String key = item.toLowerCase(Locale.ROOT);
        if (list.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(key))) {
            return false;
        }
        list.add(item);
        return true;
    }

    /** The receiver as the form describes it now. */
    public Receiver receiver() {
        return new Receiver(name.get() == null ? "" : name.get().strip(),
                carrierOil.get() == null ? "" : carrierOil.get().strip(),
                List.copyOf(essentialOils), List.copyOf(sensitivities), pressure.get(), List.copyOf(map.spots()));
    }

    /**
     * Checks the form and, if it is fine, stores the receiver in the background; {@code onSaved} gets the stored
     * receiver on the FX thread. Problems are shown beside their fields instead.
     *
     * @return false if the form had problems and nothing was started
     */
    public boolean save(Consumer<StoredReceiver> onSaved) {
        Objects.requireNonNull(onSaved);
        clearErrors();
        Receiver receiver = receiver();
        List<String> problems = ReceiverRules.problems(receiver);
        if (!problems.isEmpty()) {
            problems.forEach(this::show);
            return false;
        }
        saving.set(true);
        tasks.run(() -> original == null ? store.create(receiver) : store.update(original, receiver),
                stored -> {
                    saving.set(false);
                    dirty.set(false);
                    onSaved.accept(stored);
                },
                this::saveFailed);
        return true;
    }

    private void saveFailed(Exception e) {
        saving.set(false);
        if (e instanceof ReceiverStoreException refused) {
            switch (refused.reason()) {
                case NAME_TAKEN -> error(Field.NAME).set(refused.getMessage());
                case INVALID -> refused.problems().forEach(this::show);
                default -> error(Field.GENERAL).set(refused.getMessage());
            }
        } else {
            error(Field.GENERAL).set("The receiver could not be saved: " + Optional.ofNullable(e.getMessage())
                    .orElse(e.getClass().getSimpleName()) + ". Check that the data folder can be written to, "
                    + "then save again.");
        }
    }

    /** Puts a sentence from {@link ReceiverRules} (or the store) beside the field it is about. */
    void show(String problem) {
        StringProperty target = error(fieldOf(problem));
        target.set(target.get().isEmpty() ? problem : target.get() + "\n" + problem);
    }

    static Field fieldOf(String problem) {
        if (problem.startsWith("The receiver has no name") || problem.startsWith("The name")
                || problem.startsWith("A receiver named")) {
            return Field.NAME;
        }
        if (problem.startsWith("The carrier oil")) {
            return Field.CARRIER_OIL;
        }
        if (problem.contains("essential oils")) {
            return Field.ESSENTIAL_OILS;
        }
        if (problem.contains("sensitivities")) {
            return Field.SENSITIVITIES;
        }
        if (problem.startsWith("Sore spot") || problem.contains("sore spots")) {
            return Field.SORE_SPOTS;
        }
        return Field.GENERAL;
    }

    private void clearErrors() {
        errors.values().forEach(p -> p.set(""));
    }

    private void reviewOils() {
        String carrier = carrierOil.get() == null ? "" : carrierOil.get().strip();
        List<OilConflict> found = OilConflicts.of(carrier, List.copyOf(essentialOils), List.copyOf(sensitivities));
        conflicts.set(found);
        List<String> aboutCarrier = new ArrayList<>();
        List<String> aboutEssentials = new ArrayList<>();
        for (OilConflict c : found) {
            boolean isCarrier = c.kind() == OilConflict.Kind.NOT_A_CARRIER
                    || c.kind() == OilConflict.Kind.SENSITIVITY && c.oil().equalsIgnoreCase(carrier);
            (isCarrier ? aboutCarrier : aboutEssentials).add(c.message());
        }
        carrierRefusal.set(String.join("\n", aboutCarrier));
        essentialOilRefusal.set(String.join("\n", aboutEssentials));
        saveNote.set(found.isEmpty() ? "" : SAVE_NOTE);
        List<String> chosen = new ArrayList<>();
        chosen.add(carrier);
        chosen.addAll(essentialOils);
        SensitivityMatcher matcher = SensitivityMatcher.bundled();
        List<String> lines = new ArrayList<>();
        chosen.stream().filter(o -> !o.isEmpty()).map(matcher::find).flatMap(Optional::stream).distinct()
                .forEach(oil -> oil.cautions().forEach(c -> lines.add(capitalised(oil.name()) + ": " + c)));
        cautions.set(String.join("\n", lines));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
