package backproplab.app.stepping;

import backproplab.app.session.LessonModel;
import backproplab.engine.Parameter;
import backproplab.walkthrough.ErrorSharing;
import backproplab.walkthrough.Highlight;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * "Why this gradient?": which parameter's error-sharing story is open (none while closed), the
 * story of the example on screen, and the step shown. The network draws {@link #highlight()}:
 * the story step's path while a story is open, the micro-step's focus otherwise.
 */
public final class StoryModel {
    private final LessonModel lesson;
    private final ObjectProperty<Parameter> parameter = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
    private final ObjectBinding<List<ErrorSharing.Step>> steps;
    private final ObjectBinding<ErrorSharing.Step> current;
    private final ObjectBinding<Highlight> highlight;

    public StoryModel(LessonModel lesson) {
        this.lesson = lesson;
        steps = Bindings.createObjectBinding(() -> parameter.get() == null || lesson.walkthrough() == null ? List.of()
                : ErrorSharing.story(lesson.walkthrough(), parameter.get(), lesson.setup().l2()), parameter, lesson.walkthroughProperty());
        current = Bindings.createObjectBinding(() -> steps.get().isEmpty() ? null
                : steps.get().get(Math.min(index.get(), steps.get().size() - 1)), steps, index);
        highlight = Bindings.createObjectBinding(() -> current.get() != null ? current.get().path()
                : lesson.currentStep() == null ? null : lesson.currentStep().focus(), current, lesson.currentStepProperty());
        lesson.walkthroughProperty().addListener((obs, old, now) -> {
            if (parameter.get() != null && !fits(parameter.get(), now.layers())) close(); // the network changed shape
        });
    }

    private static boolean fits(Parameter p, int[] layers) {
        return p.layer() < layers.length && p.row() < layers[p.layer()] && p.column() < layers[p.layer() - 1];
    }

    /** The parameter whose story is open, or null. */
    public ObjectProperty<Parameter> parameterProperty() { return parameter; }

    public boolean isOpen() { return parameter.get() != null; }

    public ObjectBinding<List<ErrorSharing.Step>> stepsProperty() { return steps; }

    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }

    public ObjectBinding<ErrorSharing.Step> currentProperty() { return current; }

    /** What the network emphasises now. */
    public ObjectBinding<Highlight> highlight() { return highlight; }

    /** Opens the story of {@code p} at its first step (clicking an edge, or choosing from the list). */
    public void open(Parameter p) {
        index.set(0);
        parameter.set(p);
    }

    public void close() {
        parameter.set(null);
        index.set(0);
    }

    public void next() {
        if (index.get() < steps.get().size() - 1) index.set(index.get() + 1);
    }

    public void back() {
        if (index.get() > 0) index.set(index.get() - 1);
    }

    /** Every weight and bias of the network on screen, in the notes' order, for the list. */
    public List<Parameter> parameters() {
        return Parameter.all(lesson.walkthrough().layers());
    }
}
