package backproplab.app.panels;

import backproplab.app.kit.FunctionPlot;
import backproplab.app.kit.NumberField;
import backproplab.app.kit.SetupControls;
import backproplab.app.session.LessonModel;
import backproplab.engine.Activation;
import backproplab.setup.Limits;
import backproplab.setup.Setup;
import backproplab.chart.Palette;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The six hidden activations of the notes, each with a small plot of f (solid) and f' (dashed,
 * the spec's corrected derivatives) and its formula. The chosen one (round button) drives the
 * stepping view; the ticked ones are compared in the loss curves.
 */
public final class ActivationPanel extends VBox {
    static final Activation[] HIDDEN = {Activation.SIGMOID, Activation.TANH, Activation.HARDTANH,
        Activation.SOFTSIGN, Activation.RELU, Activation.LEAKY_RELU};
    private static final Map<Activation, String> FORMULAS = Map.of(
            Activation.SIGMOID, "σ(z) = 1/(1+e⁻ᶻ);  σ' = σ(1−σ)",
            Activation.TANH, "tanh z;  1 − tanh² z",
            Activation.HARDTANH, "clip to [−1, 1];  1 on [−1, 1], else 0",
            Activation.SOFTSIGN, "z/(1+|z|);  1/(1+|z|)²",
            Activation.RELU, "max(z, 0);  1 if z > 0, else 0",
            Activation.LEAKY_RELU, "z, or k·z if z ≤ 0;  1 or k");

    private final SetupControls controls;
    private final ToggleGroup chosen = new ToggleGroup();
    private final Map<Activation, FunctionPlot> plots = new EnumMap<>(Activation.class);

    private final LessonModel lesson;

    /** @param palette the window's palette: the plots turn black and grey in black and white */
    public ActivationPanel(SetupControls controls, LessonModel lesson, ObservableValue<Palette> palette) {
        this.controls = controls;
        this.lesson = lesson;
        getStyleClass().addAll("side-panel", "activation-panel");
        VBox rows = new VBox(6);
        for (Activation a : HIDDEN) rows.getChildren().add(row(a));
        controls.radio(chosen, Activation.class, Setup::hidden, (b, a) -> b.hidden = a);
        NumberField slope = controls.number("leaky-slope", "Leaky ReLU slope k", Limits.LEAKY_SLOPE, Setup::leakySlope,
                (b, v) -> b.leakySlope = v);
        controls.model().sessionProperty().addListener((obs, old, now) -> {
            if (old.setup().leakySlope() != now.setup().leakySlope()) plot(Activation.LEAKY_RELU);
        });
        getChildren().addAll(NetworkPanel.heading("Hidden activation"), rows,
                NetworkPanel.note("Plots: f solid, f' dashed, z from −4 to 4; dots: the hidden units' z as you step."), slope);
        lesson.currentStepProperty().addListener((obs, old, now) -> markUnits());
        markUnits();
        palette.addListener((obs, old, now) -> plots.values().forEach(p -> p.setMonochrome(now == Palette.MONOCHROME)));
        plots.values().forEach(p -> p.setMonochrome(palette.getValue() == Palette.MONOCHROME));
    }

    private Node row(Activation a) {
        RadioButton use = new RadioButton(a.displayName());
        use.setId("activation-" + a.id());
        use.setUserData(a);
        use.setToggleGroup(chosen);
        use.setTooltip(new Tooltip("Step through the example with " + a.displayName() + " (restarts the example)"));
        CheckBox compare = new CheckBox("compare");
        compare.setId("compare-" + a.id());
        compare.getStyleClass().add("compare-box");
        compare.setTooltip(new Tooltip("Compare " + a.displayName() + " in the loss curves"));
        controls.tick(compare, s -> s.curves().activations().contains(a), (b, on) -> {
            if (on) b.curves.activations.add(a); else b.curves.activations.remove(a);
        });
        FunctionPlot plot = new FunctionPlot(72, 38);
        plots.put(a, plot);
        plot.setId("plot-" + a.id());
        plot(a);
        Label formula = new Label(FORMULAS.get(a));
        formula.getStyleClass().add("activation-formula");
        formula.setWrapText(true);
        formula.setMinHeight(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, use, gap, compare);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(8, plot, formula);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(2, top, bottom);
        row.getStyleClass().add("activation-row");
        return row;
    }

    /**
     * Marks, on the stepping activation's plot, where the hidden units' z lie on f and f' in the
     * current step's pass (the values the engine computed so far), the current unit's larger.
     */
    private void markUnits() {
        var step = lesson.currentStep();
        if (step == null) return;
        var s = step.state();
        int p = step.pass(), layers = lesson.setup().layers().length;
        List<double[]> points = new ArrayList<>();
        int current = -1;
        for (int k = 2; k < layers; k++) {
            for (int i = 0; i < lesson.setup().layers()[k - 1]; i++) {
                if (!Double.isFinite(s.z(p, k, i))) continue;
                if (step.focus().current(k, i)) current = points.size();
                points.add(new double[] {s.z(p, k, i), s.a(p, k, i), s.derivative(p, k, i)});
            }
        }
        Activation chosenOne = lesson.setup().hidden();
        for (var entry : plots.entrySet()) {
            boolean on = entry.getKey() == chosenOne;
            entry.getValue().mark(on ? points.stream().mapToDouble(v -> v[0]).toArray() : new double[0],
                    on ? points.stream().mapToDouble(v -> v[1]).toArray() : new double[0],
                    on ? points.stream().mapToDouble(v -> v[2]).toArray() : new double[0], on ? current : -1);
        }
    }

    /** f and f' as the engine tabulates them, with the model's leaky slope. */
    private void plot(Activation a) {
        double[] z = new double[81], f = new double[81], df = new double[81];
        a.tabulate(-4, 4, controls.model().setup().leakySlope(), z, f, df);
        plots.get(a).draw(z, f, df, -1.5, 2);
    }
}
