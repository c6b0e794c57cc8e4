package backproplab.app.explain;

import backproplab.app.kit.NumberField;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.LessonModel;
import backproplab.engine.GradientCheck;
import backproplab.engine.Parameter;
import backproplab.walkthrough.Decimals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * Check the gradients: for the example on screen, every weight's and bias's gradient from backprop
 * beside the central difference, their relative error and whether it passes, the worst first; h
 * can be changed. Entries at a kink are marked and explained under the table, not failed.
 */
final class GradientCheckView extends VBox {
    /** W^(1) row by row, each row's bias after its weights, then W^(2) … as {@link Parameter#all} lists them. */
    private static final Comparator<GradientCheck.Entry> NOTES_ORDER = Comparator.comparingInt(GradientCheck.Entry::layer)
            .thenComparingInt(GradientCheck.Entry::row).thenComparingInt(e -> e.bias() ? Integer.MAX_VALUE : e.column());
    private final LessonModel lesson;
    private final DisplaySettings display;
    private final Label heading = new Label(), summary = new Label(), kinks = new Label();
    private final TableView<GradientCheck.Entry> table = new TableView<>();
    private final NumberField h;
    private double step = GradientCheck.DEFAULT_H;

    GradientCheckView(LessonModel lesson, DisplaySettings display) {
        super(8);
        this.lesson = lesson;
        this.display = display;
        heading.setId("gradient-check-heading");
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        Label how = new Label("For every weight and bias, the gradient backprop computed for this example beside the central "
                + "difference (J(θ + h) − J(θ − h)) / 2h, which needs nothing but the forward pass (J includes the L2 term). "
                + "Relative error = |backprop − difference| / max(|backprop|, |difference|, " + Decimals.scientific(GradientCheck.FLOOR)
                + "); an entry passes at " + Decimals.scientific(GradientCheck.THRESHOLD) + " or less. Too large an h bends "
                + "with the curve, too small a one drowns in rounding: try 0.1 and 1e-10.");
        how.setWrapText(true);
        how.getStyleClass().add("panel-note");
        h = new NumberField("gradient-h", "Step h", step, v -> v >= GradientCheck.MIN_H && v <= GradientCheck.MAX_H ? null
                : "h must be from " + Decimals.plain(GradientCheck.MIN_H) + " to " + Decimals.plain(GradientCheck.MAX_H) + ".");
        h.setOnCommit(v -> {
            step = v;
            refresh();
        });
        summary.setId("gradient-check-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("gradient-summary");
        kinks.setId("gradient-check-kinks");
        kinks.setWrapText(true);
        kinks.getStyleClass().add("panel-note");
        table.setId("gradient-check-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(440);
        table.getColumns().setAll(List.of(
                column("parameter", e -> e.parameter().unicode()),
                column("backprop", e -> display.decimals().format(e.backprop())),
                column("central difference", e -> display.decimals().format(e.numeric())),
                column("relative error", e -> Decimals.scientific(e.relativeError())),
                column("result", GradientCheckView::result)));
        getChildren().addAll(heading, how, h, summary, table, kinks);
        display.decimalsProperty().addListener((obs, old, now) -> table.refresh());
    }

    private static TableColumn<GradientCheck.Entry, String> column(String title, Function<GradientCheck.Entry, String> text) {
        TableColumn<GradientCheck.Entry, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    static String result(GradientCheck.Entry e) {
        return e.passed() ? "✓ pass" : e.atKink() ? "⚠ kink: expected" : "✗ fail";
    }

    /** Which kinks an entry's nudge crosses, in words, with the values at θ in the chosen decimals. */
    private String why(List<GradientCheck.Kink> kinks) {
        List<String> crossed = new ArrayList<>();
        for (GradientCheck.Kink k : kinks) {
            String value = " (" + display.decimals().format(k.value()) + " here)";
            crossed.add(k.isHinge() ? "the hinge Δ + s_c − s" + value + " across 0"
                    : Parameter.unicode("z", k.layer(), Integer.toString(k.unit() + 1)) + (k.window() == null ? "" : " of the " + k.window() + " window")
                            + value + " across " + corner(k));
        }
        String list = crossed.size() == 1 ? crossed.get(0)
                : String.join(", ", crossed.subList(0, crossed.size() - 1)) + " and " + crossed.get(crossed.size() - 1);
        return "±h moves " + list + ": the slope differs on each side of "
                + (kinks.size() == 1 ? "the corner" : "a corner") + ", so the central difference averages the two";
    }

    private static String corner(GradientCheck.Kink k) {
        return switch (k.activation()) {
            case HARDTANH -> "hard tanh's corner at " + (k.corner() < 0 ? "−1" : "+1");
            case LEAKY_RELU -> "leaky ReLU's corner at 0";
            default -> "ReLU's corner at 0";
        };
    }

    /** Checks the example now on screen with the current h. */
    void refresh() {
        List<GradientCheck.Entry> entries = lesson.checkGradients(step);
        int before = lesson.updatesProperty().get() - 1;
        heading.setText("Gradient check · example " + (lesson.exampleIndexProperty().get() + 1) + ", before its update (after "
                + before + (before == 1 ? " update" : " updates") + ") · h = " + Decimals.plain(step));
        table.setItems(FXCollections.observableArrayList(entries));
        long failed = entries.stream().filter(GradientCheck.Entry::failed).count();
        long atKinks = entries.stream().filter(GradientCheck.Entry::atKink).count();
        String all = entries.size() + " parameters";
        summary.setText(failed == 0 && atKinks == 0 ? "All " + all + " pass: backprop's gradient is the slope of J."
                : failed == 0 ? (entries.size() - atKinks) + " of " + all + " pass; " + atKinks + " differ at a kink, as they should (below)."
                : failed + " of " + all + " fail" + (atKinks > 0 ? ", " + atKinks + " differ at a kink" : "")
                        + ": with h = " + Decimals.plain(step) + " the difference is not the slope — try another h.");
        summary.pseudoClassStateChanged(PseudoClass.getPseudoClass("problem"), failed > 0);
        var byReason = new LinkedHashMap<String, List<String>>(); // one kink usually explains several entries, named in the notes' order
        entries.stream().filter(GradientCheck.Entry::atKink).sorted(NOTES_ORDER)
                .forEach(e -> byReason.computeIfAbsent(why(e.kinks()), k -> new ArrayList<>()).add(e.parameter().unicode()));
        StringBuilder why = new StringBuilder();
        byReason.forEach((reason, names) -> why.append(why.isEmpty() ? "" : "\n").append(String.join(", ", names)).append(": ")
                .append(reason).append('.'));
        kinks.setText(why.toString());
        kinks.setVisible(!why.isEmpty());
        kinks.setManaged(!why.isEmpty());
    }
}
