package backproplab.app.panels;

import backproplab.app.NumberField;
import backproplab.app.stepping.LessonModel;
import backproplab.curves.Experiments;
import backproplab.data.WordWindows;
import backproplab.engine.Initialization;
import backproplab.engine.Preprocessor;
import backproplab.walkthrough.LessonSetup;
import backproplab.walkthrough.LessonSetup.Preset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The left panel: the network, the example being shown, the start (initialisation, seed) and
 * loss, and the training settings of the loss curves.
 */
public final class NetworkPanel extends VBox {
    private final LessonModel model;
    private final ComboBox<Preset> preset = new ComboBox<>();
    private final TextField layers = new TextField();
    private final Label layersMessage = new Label();
    private final StringProperty layersProblem = new SimpleStringProperty();
    private final List<NumberField> numberFields = new ArrayList<>();
    private final NumberField seed, stddev, margin, l2, batch, epochs;
    private final SetupEditor editor;
    private final Button apply = new Button("Apply");
    private final Label exampleInfo = new Label();
    private final BooleanBinding valid;
    private final ComboBox<Integer> window = new ComboBox<>();
    private final ComboBox<Initialization> init = new ComboBox<>();
    private final ComboBox<String> loss = new ComboBox<>();
    private final ComboBox<Preprocessor.Kind> preprocessing = new ComboBox<>();
    private boolean showing; // true while the controls are set from the model

    public NetworkPanel(LessonModel model, SetupEditor editor) {
        this.model = model;
        this.editor = editor;
        getStyleClass().addAll("side-panel", "network-panel");
        preset.setId("preset");
        preset.getItems().setAll(Preset.values());
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.setTooltip(new Tooltip("Choose a network; it starts from its initial weights"));
        preset.setOnAction(e -> choosePreset(preset.getValue()));

        layers.setId("layers");
        layers.setTooltip(new Tooltip("Units per layer, input first, e.g. 4-3-3-1 (2 to 8 layers of 1 to 512 units)"));
        layers.textProperty().addListener((obs, old, now) -> checkLayers(now));
        layers.setOnAction(e -> editor.apply());
        layersMessage.setId("layers-message");
        layersMessage.getStyleClass().add("field-message");
        layersMessage.setWrapText(true);
        layersMessage.textProperty().bind(layersProblem);
        layersMessage.visibleProperty().bind(layersProblem.isNotNull());
        layersMessage.managedProperty().bind(layersMessage.visibleProperty());

        seed = field("seed", "Seed", model.setup().seed(),
                v -> v < 0 || v != Math.rint(v) || v > 1e15 ? "Enter a whole number ≥ 0." : null);
        seed.field().setTooltip(new Tooltip("Decides the initial weights, the split and the example order: same seed, same numbers"));

        window.setId("window-size");
        window.getItems().setAll(WordWindows.SIZES);
        window.setTooltip(new Tooltip("Words per window: 1 → the 4-2-1 net, 3 → 12-4-1, 5 → 20-8-1"));
        window.setOnAction(e -> chooseWindow(window.getValue()));
        init.setId("init");
        init.getItems().setAll(Initialization.values());
        init.setConverter(converter(Initialization::id));
        init.setOnAction(e -> { if (!showing) editor.apply(); });
        stddev = field("init-stddev", "σ of small-normal", Initialization.DEFAULT_STDDEV, v -> v <= 0 ? "σ must be positive." : null);
        loss.setId("loss");
        loss.getItems().setAll(MAX_MARGIN, SQUARED_ERROR);
        loss.setOnAction(e -> { if (!showing) editor.apply(); });
        margin = field("margin", "Margin Δ", 1, v -> v < 0 ? "The margin must not be negative." : null);
        l2 = field("l2", "L2 strength λ", 0, v -> v < 0 ? "λ must not be negative." : null);
        preprocessing.setId("preprocessing");
        preprocessing.getItems().setAll(Preprocessor.Kind.values());
        preprocessing.setConverter(converter(k -> switch (k) {
            case NONE -> "none";
            case MEAN -> "mean subtraction";
            case NORMALIZE -> "normalization";
            case WHITEN -> "whitening";
        }));
        preprocessing.setValue(Preprocessor.Kind.NONE);
        batch = field("batch-size", "Batch size", Experiments.DEFAULT_BATCH,
                v -> v < 1 || v > 10_000 || v != Math.rint(v) ? "A whole number from 1 to 10000." : null);
        epochs = field("epochs", "Epochs", Experiments.DEFAULT_EPOCHS,
                v -> v < 1 || v > 100_000 || v != Math.rint(v) ? "A whole number from 1 to 100000." : null);
        for (ComboBox<?> c : List.of(window, init, loss, preprocessing)) c.setMaxWidth(Double.MAX_VALUE);
        List<Observable> validity = new ArrayList<>(List.of(layersProblem));
        numberFields.forEach(f -> validity.add(f.validProperty()));
        valid = Bindings.createBooleanBinding(() -> layersProblem.get() == null
                && numberFields.stream().allMatch(f -> f.validProperty().get()), validity.toArray(Observable[]::new));

        apply.setId("apply-network");
        apply.setTooltip(new Tooltip("Use these settings in the stepping view (Enter in a field); the example restarts"));
        apply.setOnAction(e -> editor.apply());

        Button undo = new Button("Undo change");
        undo.setId("undo");
        undo.setTooltip(new Tooltip("Back to the setup, example and step before the last change or reset (Ctrl + Z)"));
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());

        exampleInfo.setId("example-info");
        exampleInfo.setWrapText(true);
        exampleInfo.textProperty().bind(Bindings.createStringBinding(this::exampleText,
                model.walkthroughProperty(), model.exampleIndexProperty(), model.updatesProperty()));

        Label trainingNote = new Label("For the loss curves:");
        trainingNote.getStyleClass().add("panel-note");
        getChildren().addAll(heading("Network"), preset, new Label("Layer sizes"), layers, layersMessage,
                new Label("Window size (words)"), window, heading("Example"), exampleInfo,
                heading("Start and loss"), new Label("Initialisation"), init, stddev, seed, new Label("Loss"), loss, margin, l2,
                new HBox(8, apply, undo),
                heading("Training"), trainingNote, new Label("Preprocessing"), preprocessing, batch, epochs);
        model.setupProperty().addListener((obs, old, now) -> showSetup(now));
        showSetup(model.setup());
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private static final String MAX_MARGIN = "max-margin", SQUARED_ERROR = "squared error";

    private NumberField field(String id, String label, double initial, DoubleFunction<String> rule) {
        NumberField f = new NumberField(id, label, initial, rule);
        f.field().setOnAction(e -> editor.apply());
        numberFields.add(f);
        return f;
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : name.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }

    private void showSetup(LessonSetup s) {
        showing = true;
        preset.setValue(s.preset());
        layers.setText(s.shape());
        layers.setDisable(s.preset() != Preset.CUSTOM);
        seed.setValue(s.seed());
        window.setValue(s.wordWindows() ? s.windowSize() : null);
        window.setDisable(s.preset() == Preset.MAZUR);
        init.setValue(s.init());
        init.setDisable(s.preset() == Preset.MAZUR);
        stddev.setValue(s.initStddev());
        loss.setValue(s.maxMargin() ? MAX_MARGIN : SQUARED_ERROR);
        loss.setDisable(!s.wordWindows());
        margin.setValue(s.margin());
        margin.setDisable(!s.maxMargin());
        l2.setValue(s.l2());
        showing = false;
    }

    /** The panel's network, seed, initialisation and loss applied to {@code s} (the preset stays). */
    public LessonSetup applyTo(LessonSetup s) {
        LessonSetup out = s.withSeed((long) seed.value()).withInit(init.getValue() == null ? s.init() : init.getValue(), stddev.value())
                .withMargin(margin.value());
        boolean squared = s.wordWindows() ? SQUARED_ERROR.equals(loss.getValue()) : s.squaredError();
        out = out.withLoss(squared, l2.value());
        if (s.preset() == Preset.CUSTOM && layersProblem.get() == null) out = out.withPreset(Preset.CUSTOM, LessonSetup.parseLayers(layers.getText()));
        return out;
    }

    /** Puts the control that loads other word data under the example. */
    public void setDataControl(Node control) {
        getChildren().add(getChildren().indexOf(exampleInfo) + 1, control);
    }

    /** Enables Apply only while {@code allValid} (every field of every panel) holds. */
    public void enableApplyWhen(ObservableBooleanValue allValid) {
        apply.disableProperty().bind(Bindings.not(allValid));
    }

    /** True while every field of the panel holds a valid value. */
    public BooleanBinding validProperty() {
        return valid;
    }

    public Preprocessor.Kind preprocessing() {
        return preprocessing.getValue();
    }

    public int epochs() {
        return (int) epochs.value();
    }

    public int batchSize() {
        return (int) batch.value();
    }

    private void chooseWindow(Integer size) {
        if (showing || size == null || size == model.setup().windowSize()) return;
        LessonSetup shape = Experiments.forWindow(size); // the other choices stay as they are
        model.load(model.setup().withPreset(shape.preset(), shape.layers()));
    }

    private void checkLayers(String text) {
        try {
            LessonSetup.parseLayers(text);
            layersProblem.set(null);
        } catch (IllegalArgumentException e) {
            layersProblem.set(e.getMessage() + ".");
        }
    }

    private void choosePreset(Preset chosen) {
        if (showing || chosen == null || chosen == model.setup().preset()) return;
        LessonSetup next = LessonSetup.of(chosen);
        if (chosen != Preset.MAZUR) next = next.withSeed(model.setup().seed());
        model.load(next);
    }

    private String exampleText() {
        var w = model.walkthrough();
        if (w == null) return "";
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < w.passNames().size(); p++) {
            String name = w.passNames().get(p);
            sb.append(Character.toUpperCase(name.charAt(0))).append(name.substring(1)).append(":\n  ")
                    .append(w.passDescriptions().get(p)).append('\n');
        }
        int before = model.updatesProperty().get() - 1; // the walkthrough on screen holds this example's update
        sb.append("Example ").append(model.exampleIndexProperty().get() + 1).append(" of ").append(model.exampleCount())
                .append("\nUpdates before this example: ").append(before);
        return sb.toString();
    }
}
