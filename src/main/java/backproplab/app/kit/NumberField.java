package backproplab.app.kit;

import backproplab.walkthrough.Decimals;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * A labelled text field for one number that checks itself as the person types: a message
 * appears right under it while the text is not a valid value, and {@link #validProperty()} is
 * false. {@link #valueProperty()} only ever holds the last valid value. A valid value is
 * committed with Enter or by leaving the field; Esc puts back the value last shown.
 */
public final class NumberField extends VBox {
    private final TextField field = new TextField();
    private final FieldMessage message;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper();
    private final DoubleFunction<String> rule;
    private double shown;
    private DoubleConsumer onCommit = v -> { };

    /**
     * @param rule returns null for an acceptable number, or the message to show (e.g. "must not be negative")
     */
    public NumberField(String id, String label, double initial, DoubleFunction<String> rule) {
        this.rule = rule;
        getStyleClass().add("number-field");
        Label caption = new Label(label);
        caption.setLabelFor(field);
        field.setId(id);
        message = new FieldMessage(id + "-message", field);
        field.textProperty().addListener((obs, old, now) -> check(now));
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, was, now) -> { if (!now) commit(); });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().equals(format(shown))) {
                show(shown);
                e.consume();
            }
        });
        show(initial);
        getChildren().addAll(caption, field, message);
    }

    private void check(String text) {
        String problem;
        double parsed = Double.NaN;
        String t = text.strip();
        if (t.isEmpty()) {
            problem = "Enter a number.";
        } else {
            try {
                parsed = Double.parseDouble(t);
                problem = !Double.isFinite(parsed) ? "Enter a finite number." : rule.apply(parsed);
            } catch (NumberFormatException e) {
                problem = "'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "' is not a number.";
            }
        }
        showProblem(problem);
        valid.set(problem == null);
        if (problem == null) value.set(parsed);
    }

    /** Shows {@code problem} under the field (null hides the message). */
    public void showProblem(String problem) {
        message.show(problem);
    }

    /** Called with the value when a valid, changed value is committed (Enter, or focus leaving the field). */
    public void setOnCommit(DoubleConsumer action) {
        onCommit = action;
    }

    private void commit() {
        if (valid.get() && Double.compare(value.get(), shown) != 0) onCommit.accept(value.get());
    }

    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    /** The last valid value. */
    public ReadOnlyDoubleProperty valueProperty() { return value.getReadOnlyProperty(); }

    public double value() { return value.get(); }

    public TextField field() { return field; }

    /** Shows {@code v} in the field (the model's value, e.g. after a preset changed it). */
    public void show(double v) {
        shown = v;
        field.setText(format(v));
    }

    private static String format(double v) {
        return Decimals.plain(v);
    }
}
