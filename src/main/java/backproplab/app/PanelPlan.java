package backproplab.app;

import backproplab.app.curves.CurvePlanSource;
import backproplab.app.panels.ActivationPanel;
import backproplab.app.panels.NetworkPanel;
import backproplab.app.panels.OptimizerPanel;
import backproplab.app.stepping.LessonModel;
import backproplab.curves.CurveRunner;
import backproplab.curves.CurveSpec;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Preprocessor;
import backproplab.walkthrough.LessonSetup;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * The side panels read as one: the setup the stepping view should use, and the ticked
 * activations × optimizers with their settings for the loss curves.
 */
final class PanelPlan implements CurvePlanSource {
    private final LessonModel model;
    private final NetworkPanel network;
    private final ActivationPanel activations;
    private final OptimizerPanel optimizers;
    private final BooleanBinding valid, ready;
    private final StringBinding reason;

    PanelPlan(LessonModel model, NetworkPanel network, ActivationPanel activations, OptimizerPanel optimizers) {
        this.model = model;
        this.network = network;
        this.activations = activations;
        this.optimizers = optimizers;
        valid = network.validProperty().and(activations.validProperty()).and(optimizers.validProperty());
        ready = valid.and(activations.anyCompared()).and(optimizers.anyCompared());
        reason = Bindings.createStringBinding(() -> {
            if (!valid.get()) return "Fix the fields marked in red first.";
            if (!activations.anyCompared().get()) return "Tick at least one activation to compare.";
            if (!optimizers.anyCompared().get()) return "Tick at least one optimizer to compare.";
            return "";
        }, ready);
    }

    /** True while every field of every panel is valid. */
    BooleanBinding valid() {
        return valid;
    }

    /** The applied setup with every panel's current choices. Only meaningful while {@link #valid()}. */
    LessonSetup setup() {
        return optimizers.applyTo(activations.applyTo(network.applyTo(model.setup())));
    }

    /** Applies the panels to the stepping lesson, which restarts if anything changed; nothing while a field is invalid. */
    void applyToLesson() {
        if (!valid.get()) return;
        LessonSetup next = setup();
        if (!next.equals(model.setup())) model.load(next);
    }

    @Override
    public CurveRunner.Plan plan() {
        List<CurveSpec> specs = new ArrayList<>();
        for (Activation a : activations.compared()) {
            for (OptimizerSettings o : optimizers.compared()) specs.add(new CurveSpec(a, o));
        }
        return new CurveRunner.Plan(setup(), specs, network.epochs(), network.batchSize());
    }

    @Override
    public Preprocessor.Kind preprocessing() {
        return network.preprocessing();
    }

    @Override
    public ObservableBooleanValue ready() {
        return ready;
    }

    @Override
    public ObservableStringValue notReadyReason() {
        return reason;
    }
}
