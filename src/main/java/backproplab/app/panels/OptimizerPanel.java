package backproplab.app.panels;

import backproplab.app.kit.Choices;
import backproplab.app.kit.NumberField;
import backproplab.app.kit.SeriesPlot;
import backproplab.app.kit.SetupControls;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.LessonModel;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.engine.Schedule;
import backproplab.setup.Limits;
import backproplab.setup.ScheduleChoice;
import backproplab.setup.Setup;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
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
    /** Updates shown in the schedule plot at least: enough for the default schedules to show their shapes. */
    public static final int PLOTTED_UPDATES = 200;

    private final SetupControls controls;
    private final ToggleGroup chosen = new ToggleGroup();
    private final SeriesPlot schedulePlot = new SeriesPlot();
    private final Label scheduleAt = new Label();
    private final LessonModel lesson;
    private final DisplaySettings display;

    public OptimizerPanel(SetupControls controls, LessonModel lesson, DisplaySettings display) {
        this.controls = controls;
        this.lesson = lesson;
        this.display = display;
        schedulePlot.setId("schedule-plot");
        scheduleAt.setId("schedule-at");
        scheduleAt.getStyleClass().add("panel-note");
        scheduleAt.setWrapText(true);
        getStyleClass().addAll("side-panel", "optimizer-panel");
        VBox rows = new VBox(2);
        for (Type t : Type.values()) rows.getChildren().add(row(t));
        controls.radio(chosen, Type.class, Setup::optimizer, (b, t) -> b.optimizer = t);
        getChildren().addAll(NetworkPanel.heading("Optimizer"),
                NetworkPanel.note("Round button: stepping. α: learning rate. Tick: compare."), rows,
                controls.number("momentum", "Momentum μ", Limits.MOMENTUM, s -> s.hyper().momentum(), (b, v) -> b.hyper.momentum = v),
                controls.number("decay", "RMSProp decay ρ", Limits.DECAY, s -> s.hyper().decay(), (b, v) -> b.hyper.decay = v),
                controls.number("beta1", "Adam β₁", Limits.BETA1, s -> s.hyper().beta1(), (b, v) -> b.hyper.beta1 = v),
                controls.number("beta2", "Adam β₂", Limits.BETA2, s -> s.hyper().beta2(), (b, v) -> b.hyper.beta2 = v),
                controls.number("epsilon", "ε", Limits.EPSILON, s -> s.hyper().epsilon(), (b, v) -> b.hyper.epsilon = v),
                tick("bias-correction", "Adam bias correction", null, s -> s.hyper().biasCorrection(), (b, on) -> b.hyper.biasCorrection = on),
                NetworkPanel.heading("Learning-rate schedule"), scheduleChoice(),
                scheduleField("schedule-factor", "Step: factor", Limits.SCHEDULE_FACTOR, Schedule.Kind.STEP, ScheduleChoice::factor,
                        (c, v) -> new ScheduleChoice(c.kind(), v, c.every(), c.k(), c.tau())),
                scheduleField("schedule-every", "every (steps)", Limits.SCHEDULE_EVERY, Schedule.Kind.STEP, ScheduleChoice::every,
                        (c, v) -> new ScheduleChoice(c.kind(), c.factor(), (int) v, c.k(), c.tau())),
                scheduleField("schedule-k", "Exponential: k", Limits.SCHEDULE_K, Schedule.Kind.EXPONENTIAL, ScheduleChoice::k,
                        (c, v) -> new ScheduleChoice(c.kind(), c.factor(), c.every(), v, c.tau())),
                scheduleField("schedule-tau", "1/t: τ (steps)", Limits.SCHEDULE_TAU, Schedule.Kind.INVERSE, ScheduleChoice::tau,
                        (c, v) -> new ScheduleChoice(c.kind(), c.factor(), c.every(), c.k(), v)),
                schedulePlot, scheduleAt,
                tick("fan-in", "Fan-in scaling (α / √n)", "Collobert: every parameter of W⁽ᵏ⁾ and b⁽ᵏ⁾ uses α / √nₖ",
                        s -> s.hyper().fanInScaling(), (b, on) -> b.hyper.fanInScaling = on),
                tick("update-biases", "Update biases", null, s -> s.hyper().updateBiases(), (b, on) -> b.hyper.updateBiases = on));
        controls.model().sessionProperty().addListener((obs, old, now) -> plotSchedule());
        lesson.updatesProperty().addListener((obs, old, now) -> plotSchedule());
        display.textSizeProperty().addListener((obs, old, now) -> plotSchedule());
        display.decimalsProperty().addListener((obs, old, now) -> plotSchedule());
        plotSchedule();
    }

    private Node row(Type t) {
        RadioButton use = new RadioButton(t.displayName());
        use.setId("optimizer-" + t.id());
        use.setUserData(t);
        use.setToggleGroup(chosen);
        use.setMinWidth(Region.USE_PREF_SIZE);
        use.setTooltip(new Tooltip("Update with " + t.displayName() + " in the stepping view (restarts the example)"));
        NumberField rate = controls.number("lr-" + t.id(), "", Limits.LEARNING_RATE, s -> s.rate(t), (b, v) -> b.rates[t.ordinal()] = v);
        rate.field().setTooltip(new Tooltip("Learning rate α for " + t.displayName()));
        rate.getStyleClass().add("rate-field");
        CheckBox compare = new CheckBox();
        compare.setId("compare-" + t.id());
        compare.setTooltip(new Tooltip("Compare " + t.displayName() + " in the loss curves"));
        controls.tick(compare, s -> s.curves().optimizers().contains(t), (b, on) -> {
            if (on) b.curves.optimizers.add(t); else b.curves.optimizers.remove(t);
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(6, use, gap, rate, compare);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private CheckBox tick(String id, String text, String tooltip, Function<Setup, Boolean> read,
                          BiConsumer<Setup.Builder, Boolean> write) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        if (tooltip != null) box.setTooltip(new Tooltip(tooltip));
        controls.tick(box, read, write);
        return box;
    }

    private Node scheduleChoice() {
        ChoiceBox<Schedule.Kind> schedule = Choices.of("schedule", List.of(Schedule.Kind.values()), Schedule.Kind::displayName);
        controls.choice(schedule, s -> s.schedule().kind(), (b, k) -> b.schedule = new ScheduleChoice(k, b.schedule.factor(),
                b.schedule.every(), b.schedule.k(), b.schedule.tau()));
        return schedule;
    }

    /** A parameter of one schedule kind, shown only while that kind is chosen. */
    private Node scheduleField(String id, String label, Limits.Rule rule, Schedule.Kind kind,
                               ToDoubleFunction<ScheduleChoice> read, ScheduleParameter write) {
        NumberField f = controls.number(id, label, rule, s -> read.applyAsDouble(s.schedule()),
                (b, v) -> b.schedule = write.with(b.schedule, v));
        f.visibleProperty().bind(controls.when(s -> s.schedule().kind() == kind));
        f.managedProperty().bind(f.visibleProperty());
        return f;
    }

    /** A schedule choice with one parameter replaced. */
    @FunctionalInterface
    private interface ScheduleParameter {
        ScheduleChoice with(ScheduleChoice c, double v);
    }

    /**
     * α_t of the stepping optimizer as the engine's schedule computes it, over {@link #PLOTTED_UPDATES}
     * updates or further if the stepping view is beyond them, with the update it is at marked.
     */
    private void plotSchedule() {
        Setup s = controls.model().setup();
        var settings = s.optimizerSettings(s.optimizer());
        int t = lesson.updatesProperty().get() - 1; // the update the example on screen makes
        int horizon = Math.max(PLOTTED_UPDATES, (int) Math.ceil(t * 1.25));
        double[] alpha = new double[horizon + 1];
        for (int i = 0; i <= horizon; i++) alpha[i] = settings.scheduledRate(i);
        schedulePlot.show(alpha, t, display.textSizeProperty().get(), display.decimals());
        scheduleAt.setText("α_t over updates 0 … " + horizon + ". The stepping view is at update t = " + t
                + ": α_" + t + " = " + display.decimals().format(alpha[t])
                + (settings.fanInScaling() ? ", then ÷ √n_k for each layer (fan-in scaling)." : "."));
    }
}
