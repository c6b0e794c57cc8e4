package backproplab.app.panels;

import backproplab.app.NumberField;
import backproplab.curves.CurveSpec;
import backproplab.engine.Activation;
import backproplab.walkthrough.LessonSetup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckBox;
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

    private final ToggleGroup chosen = new ToggleGroup();
    private final Map<Activation, CheckBox> compared = new EnumMap<>(Activation.class);
    private final Map<Activation, FunctionPlot> plots = new EnumMap<>(Activation.class);
    private final NumberField slope;
    private boolean showing;

    public ActivationPanel(SetupEditor editor) {
        getStyleClass().addAll("side-panel", "activation-panel");
        slope = new NumberField("leaky-slope", "Leaky ReLU slope k", Activation.DEFAULT_LEAKY_SLOPE,
                v -> v < 0 || v >= 1 ? "k must be in [0, 1)." : null);
        slope.field().setOnAction(e -> editor.apply());
        slope.valueProperty().addListener((obs, old, now) -> plot(Activation.LEAKY_RELU));
        VBox rows = new VBox(6);
        for (Activation a : HIDDEN) {
            RadioButton use = new RadioButton(CurveSpec.displayName(a));
            use.setId("activation-" + a.id());
            use.setUserData(a);
            use.setToggleGroup(chosen);
            use.setTooltip(new Tooltip("Step through the example with " + CurveSpec.displayName(a) + " (restarts the example)"));
            CheckBox compare = new CheckBox("compare");
            compare.setId("compare-" + a.id());
            compare.getStyleClass().add("compare-box");
            compare.setTooltip(new Tooltip("Compare " + CurveSpec.displayName(a) + " in the loss curves"));
            compare.setSelected(a == Activation.SIGMOID || a == Activation.RELU);
            compared.put(a, compare);
            FunctionPlot plot = new FunctionPlot(72, 38);
            plots.put(a, plot);
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
            rows.getChildren().add(row);
        }
        chosen.selectedToggleProperty().addListener((obs, old, now) -> {
            if (!showing && old != null && now != null) editor.apply();
        });
        Label legend = new Label("Plots: f solid, f' dashed, for z from −4 to 4.");
        legend.getStyleClass().add("panel-note");
        legend.setWrapText(true);
        getChildren().addAll(NetworkPanel.heading("Hidden activation"), rows, legend, slope);
    }

    private void plot(Activation a) {
        double[] z = new double[81], f = new double[81], df = new double[81];
        a.tabulate(-4, 4, slope == null ? Activation.DEFAULT_LEAKY_SLOPE : slope.value(), z, f, df);
        plots.get(a).draw(z, f, df, -1.5, 2);
    }

    /** Shows the applied setup's activation and slope. */
    public void show(LessonSetup s) {
        showing = true;
        for (var t : chosen.getToggles()) if (t.getUserData() == s.hidden()) chosen.selectToggle(t);
        slope.setValue(s.leakySlope());
        showing = false;
    }

    /** The chosen activation and slope applied to {@code s}. */
    public LessonSetup applyTo(LessonSetup s) {
        Activation a = chosen.getSelectedToggle() == null ? s.hidden() : (Activation) chosen.getSelectedToggle().getUserData();
        return s.withHidden(a, slope.value());
    }

    /** The ticked activations, in the notes' order. */
    public List<Activation> compared() {
        List<Activation> out = new ArrayList<>();
        for (Activation a : HIDDEN) if (compared.get(a).isSelected()) out.add(a);
        return out;
    }

    /** True while at least one activation is ticked. */
    public BooleanBinding anyCompared() {
        return Bindings.createBooleanBinding(() -> compared.values().stream().anyMatch(CheckBox::isSelected),
                compared.values().stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
    }

    public BooleanBinding validProperty() {
        return Bindings.createBooleanBinding(() -> slope.validProperty().get(), slope.validProperty());
    }
}
