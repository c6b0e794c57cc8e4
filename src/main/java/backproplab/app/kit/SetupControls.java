package backproplab.app.kit;

import backproplab.app.session.SessionModel;
import backproplab.setup.Limits;
import backproplab.setup.Setup;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.Property;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/**
 * Ties a control to one value of the {@link SessionModel}: the control shows the model's value
 * whenever it changes, and a choice or a committed number is an edit of the model. Edits that
 * change nothing are no-ops in the model, so the two directions never echo and need no guard.
 * A refused edit is reported through {@code problems} and the control shows the model's value again.
 */
public final class SetupControls {
    private final SessionModel model;
    private final Consumer<String> problems;

    /** @param problems shows why an edit was refused (it receives null when one applies) */
    public SetupControls(SessionModel model, Consumer<String> problems) {
        this.model = model;
        this.problems = problems;
    }

    public SessionModel model() {
        return model;
    }

    /** A number field that applies its value when committed (Enter or leaving the field). */
    public NumberField number(String id, String label, Limits.Rule rule, ToDoubleFunction<Setup> read,
                              ObjDoubleConsumer<Setup.Builder> write) {
        NumberField field = new NumberField(id, label, read.applyAsDouble(model.setup()), rule::problem);
        field.setOnCommit(v -> {
            String problem = model.edit(b -> write.accept(b, v));
            if (problem != null) field.showProblem(problem);
        });
        model.sessionProperty().addListener((obs, old, now) -> {
            double before = read.applyAsDouble(old.setup()), after = read.applyAsDouble(now.setup());
            if (Double.compare(before, after) != 0) field.show(after);
        });
        return field;
    }

    /** A drop-down whose choice is applied at once. */
    public <T> void choice(ChoiceBox<T> box, Function<Setup, T> read, BiConsumer<Setup.Builder, T> write) {
        value(box.valueProperty(), read, write);
    }

    /** A tick box applied at once. */
    public void tick(CheckBox box, Function<Setup, Boolean> read, BiConsumer<Setup.Builder, Boolean> write) {
        value(box.selectedProperty(), read, write);
    }

    /** Round buttons whose user data are the choices. */
    public <T> void radio(ToggleGroup group, Class<T> type, Function<Setup, T> read, BiConsumer<Setup.Builder, T> write) {
        Runnable show = () -> {
            T value = read.apply(model.setup());
            for (Toggle t : group.getToggles()) if (value.equals(t.getUserData())) group.selectToggle(t);
        };
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) return;
            String problem = model.edit(b -> write.accept(b, type.cast(now.getUserData())));
            if (problem != null) show.run();
            report(problem);
        });
        model.sessionProperty().addListener((obs, old, now) -> show.run());
        show.run();
    }

    private <T> void value(Property<T> property, Function<Setup, T> read, BiConsumer<Setup.Builder, T> write) {
        property.setValue(read.apply(model.setup()));
        property.addListener((obs, old, now) -> {
            if (now == null) return;
            String problem = model.edit(b -> write.accept(b, now));
            if (problem != null) property.setValue(read.apply(model.setup()));
            report(problem);
        });
        model.sessionProperty().addListener((obs, old, now) -> property.setValue(read.apply(now.setup())));
    }

    /** Shows {@code problem}, or clears the message when null. */
    void report(String problem) {
        problems.accept(problem);
    }

    /** True while {@code test} holds for the current setup (e.g. to disable a field that does not apply). */
    public BooleanBinding when(Predicate<Setup> test) {
        return Bindings.createBooleanBinding(() -> test.test(model.setup()), model.sessionProperty());
    }
}
