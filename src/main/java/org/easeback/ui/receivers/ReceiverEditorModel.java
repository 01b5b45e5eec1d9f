package org.easeback.ui.receivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.easeback.safety.OilGuard;
import org.easeback.ui.kit.BackgroundTasks;

/**
 * One receiver being created or edited: the form's fields, the sore-spot map, and each problem as a sentence
 * beside the field it concerns. Problems come from {@link ReceiverRules} before saving and from the
 * {@link ReceiverStore} while saving (a name already taken, a change made elsewhere); saving runs in the background.
 */
public final class ReceiverEditorModel {

    /** Carrier oils to choose from; any other can be typed. */
    public static final List<String> CARRIER_OILS = List.of("sweet almond", "grapeseed", "jojoba",
            "coconut (fractionated)", "sunflower", "olive", "apricot kernel", "avocado", "argan");
    /** Essential oils people often like in a back massage. */
    public static final List<String> ESSENTIAL_OILS = List.of("lavender", "chamomile", "eucalyptus", "peppermint",
            "rosemary", "ginger", "frankincense", "bergamot", "sandalwood", "ylang-ylang", "tea tree", "lemongrass");
    /** Common sensitivities: allergies and things the skin reacts to. */
    public static final List<String> SENSITIVITIES = List.of("nut allergy", "almond", "peppermint", "eucalyptus",
            "citrus oils", "fragrance", "sensitive skin", "coconut", "lanolin", "latex");

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
    private final StringBinding oilAdvice;

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
        oilAdvice = Bindings.createStringBinding(this::adviseOnOils, carrierOil, essentialOils, sensitivities);
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

    /**
     * Safety advice on the chosen oils, from the safety module's {@link OilGuard}: essential oils need a carrier,
     * and an oil the receiver is sensitive to should not be used. Empty when there is nothing to say.
     */
    public StringBinding oilAdviceProperty() {
        return oilAdvice;
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
                case INVALID -> List.of(refused.getMessage().split("\n")).forEach(this::show);
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

    private String adviseOnOils() {
        List<String> advice = new ArrayList<>();
        String carrier = carrierOil.get() == null ? "" : carrierOil.get().strip();
        if (!essentialOils.isEmpty() && carrier.isEmpty()) {
            advice.add(OilGuard.CARRIER_REQUIRED);
        }
        List<String> chosen = new ArrayList<>();
        if (!carrier.isEmpty()) {
            chosen.add(carrier);
        }
        chosen.addAll(essentialOils);
        for (String oil : chosen) {
            OilGuard.sensitivityMatch(oil, sensitivities).ifPresent(s -> advice.add("They are sensitive to \"" + s
                    + "\", so do not use " + oil + ". Remove it or choose another oil."));
        }
        return String.join("\n", advice);
    }
}
