package backproplab.app;

import java.util.function.DoubleFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A labelled text field for one number that checks itself as the person types: a message
 * appears right under it while the text is not a valid value, and {@link #validProperty()} is
 * false. {@link #valueProperty()} only ever holds the last valid value.
 */
public final class NumberField extends VBox {
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper();
    private final DoubleFunction<String> rule;

    /**
     * @param rule returns null for an acceptable number, or the message to show (e.g. "must not be negative")
     */
    public NumberField(String id, String label, double initial, DoubleFunction<String> rule) {
        this.rule = rule;
        getStyleClass().add("number-field");
        Label caption = new Label(label);
        caption.setLabelFor(field);
        field.setId(id);
        message.setId(id + "-message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        value.set(initial);
        field.setText(format(initial));
        field.textProperty().addListener((obs, old, now) -> check(now));
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
                problem = "'" + t + "' is not a number.";
            }
        }
        message.setText(problem == null ? "" : problem);
        message.setVisible(problem != null);
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), problem != null);
        valid.set(problem == null);
        if (problem == null) value.set(parsed);
    }

    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    /** The last valid value. */
    public ReadOnlyDoubleProperty valueProperty() { return value.getReadOnlyProperty(); }

    public double value() { return value.get(); }

    public TextField field() { return field; }

    /** Shows {@code v} in the field (e.g. after a preset changed it). */
    public void setValue(double v) {
        field.setText(format(v));
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
