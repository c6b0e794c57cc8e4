package backproplab.app.explain;

import backproplab.app.kit.Choices;
import backproplab.app.kit.SeriesPlot;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.LessonModel;
import backproplab.app.session.SessionModel;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Parameter;
import backproplab.engine.ParameterUpdate;
import backproplab.walkthrough.Lesson;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One weight over the updates so far (N adds one): its value before each update, its gradient,
 * its optimizer state (momentum's v, AdaGrad's G, RMSProp's E, Adam's m̂ and v̂) and the step it
 * took — so the class watches AdaGrad's step shrink and momentum build. The numbers are the
 * engine's, replayed from the initial weights.
 */
final class WatchView extends VBox {
    private final LessonModel lesson;
    private final SessionModel session;
    private final DisplaySettings display;
    private final ChoiceBox<Parameter> parameter;
    private final Label heading = new Label();
    private final FlowPane plots = new FlowPane(18, 12);

    WatchView(SessionModel session, LessonModel lesson, DisplaySettings display) {
        super(10);
        this.session = session;
        this.lesson = lesson;
        this.display = display;
        heading.setId("watch-heading");
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        parameter = Choices.of("watch-parameter", List.of(), Parameter::unicode);
        parameter.setMaxWidth(Region.USE_PREF_SIZE);
        parameter.valueProperty().addListener((obs, old, now) -> { if (now != null) refresh(); });
        HBox choose = new HBox(10, new Label("Parameter"), parameter, note("N (next example, here or in the main window) adds an update."));
        choose.setAlignment(Pos.CENTER_LEFT);
        plots.setId("watch-plots");
        plots.setPrefWrapLength(display.textSizeProperty().get() * 50); // two plots side by side
        getChildren().addAll(heading, choose, plots);
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-note");
        l.setWrapText(true);
        return l;
    }

    /** Follows the lesson: the parameters of its network, the updates so far. */
    void refresh() {
        List<Parameter> all = Parameter.all(lesson.setup().layers());
        if (!all.equals(parameter.getItems())) {
            parameter.getItems().setAll(all);
            parameter.setValue(all.get(0)); // its listener draws
            return;
        }
        Parameter p = parameter.getValue();
        int updates = lesson.updatesProperty().get();
        List<ParameterUpdate> history = Lesson.history(lesson.setup(), session.session().words(), p.layer(), p.row(), p.column(), updates);
        var type = lesson.setup().optimizer().type();
        heading.setText(p.unicode() + (updates == 1 ? " at update 0, the first" : " over updates 0 … " + (updates - 1)) + " · " + type.displayName()
                + (lesson.setup().optimizer().fanInScaling() ? " with fan-in scaling" : ""));
        plots.getChildren().clear();
        plots.getChildren().add(plot("value", "value before the update", history, ParameterUpdate::before, updates));
        plots.getChildren().add(plot("gradient", "gradient ∂J/∂θ", history, ParameterUpdate::gradient, updates));
        String[] names = ParameterUpdate.stateNames(type);
        if (type == OptimizerSettings.Type.ADAM) {
            plots.getChildren().add(plot("m-hat", "m̂ (bias-corrected first moment)", history, ParameterUpdate::mHat, updates));
            plots.getChildren().add(plot("v-hat", "v̂ (bias-corrected second moment)", history, ParameterUpdate::vHat, updates));
        } else {
            for (int s = 0; s < names.length; s++) {
                int which = s;
                plots.getChildren().add(plot(names[s], names[s] + " after the update", history, u -> u.stateAfter()[which], updates));
            }
        }
        if (type != OptimizerSettings.Type.SGD && type != OptimizerSettings.Type.MOMENTUM) {
            plots.getChildren().add(plot("rate", "effective learning rate", history, ParameterUpdate::effectiveRate, updates));
        }
        plots.getChildren().add(plot("step", "step it took (θ − θ_after)", history, ParameterUpdate::step, updates));
    }

    /** One quantity over the updates; an update that did not happen keeps the previous value (a step of 0). */
    private VBox plot(String id, String title, List<ParameterUpdate> history, ToDoubleFunction<ParameterUpdate> value, int updates) {
        double[] series = new double[updates]; // update 0 … the one on screen: never an update that has not happened
        double last = 0;
        for (int t = 0; t < series.length; t++) {
            ParameterUpdate u = t < history.size() ? history.get(t) : null;
            series[t] = u == null ? (id.equals("step") || id.equals("gradient") ? 0 : last) : value.applyAsDouble(u);
            if (Double.isFinite(series[t])) last = series[t];
        }
        SeriesPlot plot = new SeriesPlot();
        plot.setId("watch-" + id);
        plot.setPrefSize(display.textSizeProperty().get() * 24, display.textSizeProperty().get() * 10);
        // the value is read off its own range; the others against 0, where their sign shows
        plot.show(series, updates - 1, display.textSizeProperty().get(), display.decimals(), !id.equals("value"), "the update on screen");
        Label name = new Label(title);
        return new VBox(2, name, plot);
    }
}
