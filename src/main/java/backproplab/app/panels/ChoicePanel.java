package backproplab.app.panels;

import backproplab.app.NumberField;
import backproplab.app.stepping.LessonModel;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import backproplab.walkthrough.LessonSetup;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The right panel: the hidden activation, the optimizer and its learning rate, and the margin.
 * A change restarts the example from the initial weights, so the numbers stay comparable.
 */
public final class ChoicePanel extends VBox {
    /** The six activations of the notes, with the names the notes use. */
    private static final Activation[] HIDDEN = {Activation.SIGMOID, Activation.TANH, Activation.HARDTANH,
        Activation.SOFTSIGN, Activation.RELU, Activation.LEAKY_RELU};
    private static final String[] NAMES = {"sigmoid", "tanh", "hard tanh", "soft sign", "ReLU", "leaky ReLU"};

    private final LessonModel model;
    private final ToggleGroup activation = new ToggleGroup();
    private final ComboBox<OptimizerSettings.Type> optimizer = new ComboBox<>();
    private final NumberField slope, learningRate, margin;
    private boolean showing; // true while the controls are set from the model, so they do not apply it back

    public ChoicePanel(LessonModel model) {
        this.model = model;
        getStyleClass().addAll("side-panel", "choice-panel");
        VBox activations = new VBox(4);
        for (int a = 0; a < HIDDEN.length; a++) {
            RadioButton r = new RadioButton(NAMES[a]);
            r.setId("activation-" + HIDDEN[a].id());
            r.setUserData(HIDDEN[a]);
            r.setToggleGroup(activation);
            r.setTooltip(new Tooltip("Use " + NAMES[a] + " in the hidden layers; the example restarts"));
            activations.getChildren().add(r);
        }
        activation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && old != null) apply();
        });
        slope = new NumberField("leaky-slope", "Leaky ReLU slope k", model.setup().leakySlope(),
                v -> v < 0 || v >= 1 ? "k must be in [0, 1)." : null);
        slope.field().setOnAction(e -> apply());

        optimizer.setId("optimizer");
        optimizer.getItems().setAll(OptimizerSettings.Type.values());
        optimizer.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(OptimizerSettings.Type t) { return t == null ? "" : t.displayName(); }
            @Override public OptimizerSettings.Type fromString(String s) { return null; }
        });
        optimizer.setMaxWidth(Double.MAX_VALUE);
        optimizer.setTooltip(new Tooltip("The update rule of the last step; the example restarts"));
        optimizer.setOnAction(e -> apply());
        learningRate = new NumberField("learning-rate", "Learning rate α", model.setup().optimizer().learningRate(),
                v -> v < 0 ? "The learning rate must not be negative." : null);
        learningRate.field().setOnAction(e -> apply());
        margin = new NumberField("margin", "Margin Δ (max-margin loss)", model.setup().margin(),
                v -> v < 0 ? "The margin must not be negative." : null);
        margin.field().setOnAction(e -> apply());

        Button apply = new Button("Apply");
        apply.setId("apply-choices");
        apply.setTooltip(new Tooltip("Use these values (Enter in a field); the example restarts"));
        apply.disableProperty().bind(slope.validProperty().not().or(learningRate.validProperty().not())
                .or(margin.validProperty().not()));
        apply.setOnAction(e -> apply());

        Label note = new Label("A change restarts the example from the same initial weights.");
        note.getStyleClass().add("panel-note");
        note.setWrapText(true);
        getChildren().addAll(NetworkPanel.heading("Hidden activation"), activations, slope,
                NetworkPanel.heading("Optimizer"), optimizer, learningRate,
                NetworkPanel.heading("Loss"), margin, apply, note);
        model.setupProperty().addListener((obs, old, now) -> show(now));
        show(model.setup());
    }

    private void show(LessonSetup s) {
        showing = true;
        for (var t : activation.getToggles()) {
            if (t.getUserData() == s.hidden()) activation.selectToggle(t);
        }
        optimizer.setValue(s.optimizer().type());
        learningRate.setValue(s.optimizer().learningRate());
        slope.setValue(s.leakySlope());
        margin.setValue(s.margin());
        margin.setDisable(!s.maxMargin());
        showing = false;
    }

    private void apply() {
        if (showing) return;
        if (!slope.validProperty().get() || !learningRate.validProperty().get() || !margin.validProperty().get()) return;
        LessonSetup s = model.setup();
        Activation hidden = activation.getSelectedToggle() == null ? s.hidden() : (Activation) activation.getSelectedToggle().getUserData();
        OptimizerSettings.Type type = optimizer.getValue() == null ? s.optimizer().type() : optimizer.getValue();
        LessonSetup next = s.withHidden(hidden, slope.value())
                .withOptimizer(s.optimizer().withType(type).withLearningRate(learningRate.value()))
                .withMargin(margin.value());
        if (!next.equals(s)) model.load(next);
    }
}
