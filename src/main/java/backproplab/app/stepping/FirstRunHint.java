package backproplab.app.stepping;

import backproplab.app.kit.Buttons;
import backproplab.app.session.LessonModel;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The stepping view's first-run hint, at the head of the formula area (it covers none of the network):
 * what to press, and what the true and corrupt windows are. It goes for good (remembered with the
 * preferences) at the first step taken or when closed.
 */
final class FirstRunHint extends HBox {
    static final String TEXT = "Press → or Space (or a clicker's PageDown) to take one step, ← to go back, N for the next"
            + " example; G asks why a gradient is what it is, K shows the key. Each example is a true window, a real phrase with a"
            + " place in the middle, and a corrupt one, the same words with a random word in the middle: training raises the"
            + " true window's score above the corrupt one's.";

    /** @param seen set once the hint was used or closed (the preferences keep it) */
    FirstRunHint(LessonModel model, BooleanProperty seen) {
        super(12);
        setId("first-run-hint");
        getStyleClass().add("first-run-hint");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(TEXT);
        text.setId("first-run-hint-text");
        text.getStyleClass().add("first-run-hint-text");
        text.setWrapText(true);
        Button close = Buttons.of("first-run-hint-close", "Got it", "Hide this hint for good (File → Reset preferences brings it back)",
                () -> seen.set(true));
        getChildren().addAll(text, close);
        HBox.setHgrow(text, Priority.ALWAYS);
        visibleProperty().bind(seen.not());
        managedProperty().bind(visibleProperty());
        model.indexProperty().addListener((obs, old, now) -> seen.set(true)); // a step taken: the hint did its work
    }
}
