package backproplab.app.panels;

import backproplab.app.NumberField;
import backproplab.curves.Experiments;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.engine.Schedule;
import backproplab.walkthrough.LessonSetup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The five optimizers with their learning rates, the hyperparameters they share (μ, ρ, β₁, β₂,
 * ε, bias correction), the learning-rate schedule with a plot of α over the steps, fan-in
 * scaling and whether biases are updated. The chosen one (round button) drives the stepping
 * view; the ticked ones are compared in the loss curves.
 */
public final class OptimizerPanel extends VBox {
    /** Steps shown in the schedule plot. */
    private static final int PLOTTED_STEPS = 100;

    private final ToggleGroup chosen = new ToggleGroup();
    private final Map<Type, CheckBox> compared = new EnumMap<>(Type.class);
    private final Map<Type, NumberField> rates = new EnumMap<>(Type.class);
    private final NumberField momentum, decay, beta1, beta2, epsilon, factor, every, k, tau;
    private final CheckBox biasCorrection = new CheckBox("Adam bias correction");
    private final CheckBox fanIn = new CheckBox("Fan-in scaling (α / √n)");
    private final CheckBox updateBiases = new CheckBox("Update biases");
    private final ComboBox<String> schedule = new ComboBox<>();
    private final FunctionPlot schedulePlot = new FunctionPlot(200, 44);
    private final List<NumberField> fields = new ArrayList<>();
    private boolean showing;

    public OptimizerPanel(SetupEditor editor) {
        getStyleClass().addAll("side-panel", "optimizer-panel");
        VBox rows = new VBox(2);
        for (Type t : Type.values()) {
            RadioButton use = new RadioButton(t.displayName());
            use.setId("optimizer-" + t.id());
            use.setUserData(t);
            use.setToggleGroup(chosen);
            use.setTooltip(new Tooltip("Update with " + t.displayName() + " in the stepping view (restarts the example)"));
            NumberField rate = field("lr-" + t.id(), "", Experiments.defaultLearningRate(t),
                    v -> v < 0 ? "The learning rate must not be negative." : null, editor);
            rate.field().setTooltip(new Tooltip("Learning rate α for " + t.displayName()));
            rate.getStyleClass().add("rate-field");
            rates.put(t, rate);
            CheckBox compare = new CheckBox();
            compare.setId("compare-" + t.id());
            use.setMinWidth(Region.USE_PREF_SIZE);
            compare.setTooltip(new Tooltip("Compare " + t.displayName() + " in the loss curves"));
            compare.setSelected(t == Type.SGD || t == Type.ADAM);
            compared.put(t, compare);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line = new HBox(6, use, gap, rate, compare);
            line.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(line);
        }
        Label header = new Label("Round button: stepping. α: learning rate. Tick: compare.");
        header.setWrapText(true);
        header.getStyleClass().add("panel-note");
        chosen.selectedToggleProperty().addListener((obs, old, now) -> {
            if (!showing && old != null && now != null) editor.apply();
        });
        momentum = field("momentum", "Momentum μ", OptimizerSettings.DEFAULT_MOMENTUM, OptimizerPanel::unitInterval, editor);
        decay = field("decay", "RMSProp decay ρ", OptimizerSettings.DEFAULT_DECAY, OptimizerPanel::unitInterval, editor);
        beta1 = field("beta1", "Adam β₁", OptimizerSettings.DEFAULT_BETA1, OptimizerPanel::unitInterval, editor);
        beta2 = field("beta2", "Adam β₂", OptimizerSettings.DEFAULT_BETA2, OptimizerPanel::unitInterval, editor);
        epsilon = field("epsilon", "ε", OptimizerSettings.DEFAULT_EPSILON, v -> v <= 0 ? "ε must be positive." : null, editor);
        biasCorrection.setId("bias-correction");
        biasCorrection.setSelected(true);
        fanIn.setId("fan-in");
        fanIn.setTooltip(new Tooltip("Collobert: every parameter of W^(k) and b^(k) uses α / √n_k"));
        updateBiases.setId("update-biases");
        updateBiases.setSelected(true);
        for (CheckBox c : List.of(biasCorrection, fanIn, updateBiases)) c.setOnAction(e -> editor.apply());

        schedule.setId("schedule");
        schedule.getItems().setAll("constant", "step", "exponential", "1/t");
        schedule.setValue("constant");
        schedule.setMaxWidth(Double.MAX_VALUE);
        factor = field("schedule-factor", "Step: factor", 0.5, v -> v <= 0 || v > 1 ? "The factor must be in (0, 1]." : null, editor);
        every = field("schedule-every", "every (steps)", 100, v -> v < 1 || v != Math.rint(v) ? "A whole number ≥ 1." : null, editor);
        k = field("schedule-k", "Exponential: k", 0.01, v -> v < 0 ? "k must not be negative." : null, editor);
        tau = field("schedule-tau", "1/t: τ (steps)", 100, v -> v <= 0 ? "τ must be positive." : null, editor);
        schedule.valueProperty().addListener((obs, old, now) -> {
            showScheduleFields();
            plotSchedule();
            if (!showing) editor.apply();
        });
        for (NumberField f : List.of(factor, every, k, tau)) f.valueProperty().addListener((obs, old, now) -> plotSchedule());
        rates.values().forEach(r -> r.valueProperty().addListener((obs, old, now) -> plotSchedule()));
        chosen.selectedToggleProperty().addListener((obs, old, now) -> plotSchedule());
        Label scheduleNote = new Label("α_t over the first " + PLOTTED_STEPS + " steps");
        scheduleNote.getStyleClass().add("panel-note");

        getChildren().addAll(NetworkPanel.heading("Optimizer"), header, rows, momentum, decay, beta1, beta2, epsilon,
                biasCorrection, NetworkPanel.heading("Learning-rate schedule"), schedule, factor, every, k, tau,
                schedulePlot, scheduleNote, fanIn, updateBiases);
        showScheduleFields();
    }

    private NumberField field(String id, String label, double initial, java.util.function.DoubleFunction<String> rule,
                              SetupEditor editor) {
        NumberField f = new NumberField(id, label, initial, rule);
        f.field().setOnAction(e -> editor.apply());
        fields.add(f);
        return f;
    }

    private static String unitInterval(double v) {
        return v < 0 || v >= 1 ? "Must be in [0, 1)." : null;
    }

    private void showScheduleFields() {
        String s = schedule.getValue();
        for (NumberField f : List.of(factor, every)) show(f, "step".equals(s));
        show(k, "exponential".equals(s));
        show(tau, "1/t".equals(s));
    }

    private static void show(NumberField f, boolean visible) {
        f.setVisible(visible);
        f.setManaged(visible);
    }

    /** The schedule as the engine defines it, from the current (valid) fields. */
    private Schedule currentSchedule() {
        return switch (schedule.getValue()) {
            case "step" -> new Schedule.Step(factor.value(), (int) every.value());
            case "exponential" -> new Schedule.Exponential(k.value());
            case "1/t" -> new Schedule.Inverse(tau.value());
            default -> new Schedule.Constant();
        };
    }

    private void plotSchedule() {
        Type t = chosenType();
        if (t == null) return;
        double alpha0 = rates.get(t).value();
        Schedule s = currentSchedule();
        double[] steps = new double[PLOTTED_STEPS], alpha = new double[PLOTTED_STEPS];
        for (int i = 0; i < PLOTTED_STEPS; i++) {
            steps[i] = i;
            alpha[i] = s.rate(alpha0, i);
        }
        schedulePlot.draw(steps, alpha, null, 0, Math.max(1e-12, alpha0) * 1.1);
    }

    private Type chosenType() {
        return chosen.getSelectedToggle() == null ? null : (Type) chosen.getSelectedToggle().getUserData();
    }

    /** {@code type} with its learning rate and the shared settings. */
    public OptimizerSettings settings(Type type) {
        return new OptimizerSettings(type, rates.get(type).value(), momentum.value(), decay.value(), beta1.value(),
                beta2.value(), epsilon.value(), biasCorrection.isSelected(), fanIn.isSelected(), updateBiases.isSelected(),
                currentSchedule());
    }

    /** Shows the applied setup's optimizer. */
    public void show(LessonSetup s) {
        showing = true;
        OptimizerSettings o = s.optimizer();
        for (var t : chosen.getToggles()) if (t.getUserData() == o.type()) chosen.selectToggle(t);
        rates.get(o.type()).setValue(o.learningRate());
        momentum.setValue(o.momentum());
        decay.setValue(o.decay());
        beta1.setValue(o.beta1());
        beta2.setValue(o.beta2());
        epsilon.setValue(o.epsilon());
        biasCorrection.setSelected(o.biasCorrection());
        fanIn.setSelected(o.fanInScaling());
        updateBiases.setSelected(o.updateBiases());
        Schedule sc = o.schedule();
        if (sc instanceof Schedule.Step st) {
            schedule.setValue("step");
            factor.setValue(st.factor());
            every.setValue(st.every());
        } else if (sc instanceof Schedule.Exponential ex) {
            schedule.setValue("exponential");
            k.setValue(ex.k());
        } else if (sc instanceof Schedule.Inverse in) {
            schedule.setValue("1/t");
            tau.setValue(in.tau());
        } else {
            schedule.setValue("constant");
        }
        showing = false;
        plotSchedule();
    }

    /** The chosen optimizer, with its settings, applied to {@code s}. */
    public LessonSetup applyTo(LessonSetup s) {
        Type t = chosenType();
        return s.withOptimizer(settings(t == null ? s.optimizer().type() : t));
    }

    /** The ticked optimizers with their settings, in the notes' order. */
    public List<OptimizerSettings> compared() {
        List<OptimizerSettings> out = new ArrayList<>();
        for (Type t : Type.values()) if (compared.get(t).isSelected()) out.add(settings(t));
        return out;
    }

    public BooleanBinding anyCompared() {
        return Bindings.createBooleanBinding(() -> compared.values().stream().anyMatch(CheckBox::isSelected),
                compared.values().stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
    }

    /** True while every field holds a valid value. */
    public BooleanBinding validProperty() {
        ObservableBooleanValue[] all = fields.stream().map(NumberField::validProperty).toArray(ObservableBooleanValue[]::new);
        return Bindings.createBooleanBinding(() -> fields.stream().allMatch(f -> f.validProperty().get()), all);
    }
}
