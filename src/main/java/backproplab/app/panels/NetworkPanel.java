package backproplab.app.panels;

import backproplab.app.DisplaySettings;
import backproplab.app.NumberField;
import backproplab.app.stepping.LessonModel;
import backproplab.walkthrough.Decimals;
import backproplab.walkthrough.LessonSetup;
import backproplab.walkthrough.LessonSetup.Preset;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The left panel: which network, which seed, the example being shown, and how numbers look. */
public final class NetworkPanel extends VBox {
    private final LessonModel model;
    private final ComboBox<Preset> preset = new ComboBox<>();
    private final TextField layers = new TextField();
    private final Label layersMessage = new Label();
    private final StringProperty layersProblem = new SimpleStringProperty();
    private final NumberField seed;
    private boolean showing; // true while the controls are set from the model
    private javafx.beans.property.ObjectProperty<Integer> textSizeValue; // held: bidirectional bindings are weak

    public NetworkPanel(LessonModel model, DisplaySettings display) {
        this.model = model;
        getStyleClass().addAll("side-panel", "network-panel");
        preset.setId("preset");
        preset.getItems().setAll(Preset.values());
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.setTooltip(new Tooltip("Choose a network; it starts from its initial weights"));
        preset.setOnAction(e -> choosePreset(preset.getValue()));

        layers.setId("layers");
        layers.setTooltip(new Tooltip("Units per layer, input first, e.g. 4-3-3-1 (2 to 8 layers of 1 to 512 units)"));
        layers.textProperty().addListener((obs, old, now) -> checkLayers(now));
        layers.setOnAction(e -> apply());
        layersMessage.setId("layers-message");
        layersMessage.getStyleClass().add("field-message");
        layersMessage.setWrapText(true);
        layersMessage.textProperty().bind(layersProblem);
        layersMessage.visibleProperty().bind(layersProblem.isNotNull());
        layersMessage.managedProperty().bind(layersMessage.visibleProperty());

        seed = new NumberField("seed", "Seed (initial weights and example order)", model.setup().seed(),
                v -> v < 0 || v != Math.rint(v) || v > 1e15 ? "Enter a whole number ≥ 0." : null);
        seed.field().setOnAction(e -> apply());

        Button apply = new Button("Apply");
        apply.setId("apply-network");
        apply.setTooltip(new Tooltip("Use these layer sizes and this seed (Enter); the lesson restarts"));
        apply.disableProperty().bind(seed.validProperty().not().or(layersProblem.isNotNull()));
        apply.setOnAction(e -> apply());

        Button undo = new Button("Undo change");
        undo.setId("undo");
        undo.setTooltip(new Tooltip("Back to the setup, example and step before the last change or reset (Ctrl + Z)"));
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());

        Label example = new Label();
        example.setId("example-info");
        example.setWrapText(true);
        example.textProperty().bind(Bindings.createStringBinding(this::exampleText,
                model.walkthroughProperty(), model.exampleIndexProperty(), model.updatesProperty()));

        Spinner<Integer> decimals = new Spinner<>(Decimals.MIN, Decimals.MAX, display.decimalPlacesProperty().get());
        decimals.setId("decimals");
        decimals.setEditable(true);
        decimals.getStyleClass().add("small-spinner");
        decimals.setTooltip(new Tooltip("Decimals shown for every number"));
        display.decimalPlacesProperty().bind(decimals.valueProperty());

        Spinner<Integer> textSize = new Spinner<>(DisplaySettings.MIN_TEXT_SIZE, DisplaySettings.MAX_TEXT_SIZE,
                display.textSizeProperty().get(), 2);
        textSize.setId("text-size");
        textSize.setEditable(true);
        textSize.getStyleClass().add("small-spinner");
        textSize.setTooltip(new Tooltip("Text size in px; 20 or more for a projector (Ctrl + / Ctrl −)"));
        textSizeValue = display.textSizeProperty().asObject();
        textSize.getValueFactory().valueProperty().bindBidirectional(textSizeValue);

        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(8, apply, undo);
        getChildren().addAll(heading("Network"), preset, new Label("Layer sizes"), layers, layersMessage, seed, buttons,
                heading("Example"), example, heading("Display"), new Label("Decimals"), decimals,
                new Label("Text size"), textSize);
        model.setupProperty().addListener((obs, old, now) -> showSetup(now));
        showSetup(model.setup());
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private void showSetup(LessonSetup s) {
        showing = true;
        preset.setValue(s.preset());
        layers.setText(s.shape());
        layers.setDisable(s.preset() != Preset.CUSTOM);
        seed.setValue(s.seed());
        showing = false;
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

    private void apply() {
        if (layersProblem.get() != null || !seed.validProperty().get()) return;
        LessonSetup s = model.setup().withSeed((long) seed.value());
        if (s.preset() == Preset.CUSTOM) s = s.withPreset(Preset.CUSTOM, LessonSetup.parseLayers(layers.getText()));
        if (!s.equals(model.setup())) model.load(s);
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
