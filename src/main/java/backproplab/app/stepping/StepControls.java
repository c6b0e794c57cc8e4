package backproplab.app.stepping;

import backproplab.app.session.LessonModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The buttons under the formula: each calls one model command and names its key in a tooltip.
 * Stepping on the left, playing and moving between examples on the right; when projector-sized
 * text leaves no room for both on one line, the right group moves to a second line rather than
 * cutting the buttons' names.
 */
public final class StepControls extends BorderPane {
    /** @param exportWalkthrough asks for a file and writes the walkthrough on screen */
    /** @param forward a step forward (the quiz may ask first) */
    public StepControls(LessonModel model, Runnable forward, Runnable exportWalkthrough) {
        getStyleClass().add("step-controls");
        Button back = button("back", "◀ Back", "Step back (←)", model::stepBack);
        back.disableProperty().bind(model.canStepBackProperty().not());
        Button step = button("step", "Step ▶", "Step: the next neuron (→ or Space)", forward);
        step.disableProperty().bind(model.canStepForwardProperty().not());
        Button phase = button("end-of-phase", "Phase ▶|", "Run to the end of this phase (Shift + →)", model::runToEndOfPhase);
        phase.disableProperty().bind(model.canStepForwardProperty().not());
        Button whole = button("whole-example", "Example ▶▶", "Run the whole example, up to the update (Enter)", model::runWholeExample);
        whole.disableProperty().bind(model.canStepForwardProperty().not());
        Button next = button("next-example", "Next ⇥", "Go on to the next example with the updated weights (N)", model::nextExample);
        next.disableProperty().bind(model.canGoOnProperty().not());
        Button reset = button("reset", "Reset", "Back to the initial weights and the first example (R)", model::reset);
        Button play = button("play", "Play", "Play or pause: step on its own (P)", model::togglePlay);
        play.textProperty().bind(Bindings.when(model.playingProperty()).then("Pause").otherwise("Play"));
        play.disableProperty().bind(model.canStepForwardProperty().not().and(model.playingProperty().not()));
        Slider speed = new Slider(LessonModel.MIN_SPEED, LessonModel.MAX_SPEED, LessonModel.DEFAULT_SPEED);
        speed.setId("speed");
        speed.valueProperty().bindBidirectional(model.speedProperty());
        speed.setTooltip(new Tooltip("Play speed in steps per second"));
        speed.setPrefWidth(80);
        Label speedLabel = new Label();
        speedLabel.getStyleClass().add("speed-label");
        speedLabel.textProperty().bind(Bindings.format("%.1f/s", model.speedProperty()));
        Button export = button("export-walkthrough", "Export…", "Save this example's walkthrough: every number as CSV, or a handout as Markdown (.md)",
                exportWalkthrough);
        HBox stepping = group(back, step, phase, whole), examples = group(play, speed, speedLabel, next, reset, export);
        setLeft(stepping);
        widthProperty().addListener((obs, old, now) -> placeExamples(stepping, examples));
        placeExamples(stepping, examples);
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        for (Node n : nodes) if (n instanceof Region r) r.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** Beside the stepping buttons when both fit, else under them. */
    private void placeExamples(HBox stepping, HBox examples) {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        boolean fits = getWidth() == 0 || stepping.prefWidth(-1) + 16 + examples.prefWidth(-1) <= room;
        if (fits && getRight() != examples) {
            setBottom(null);
            setRight(examples);
        } else if (!fits && getBottom() != examples) {
            setRight(null);
            BorderPane.setMargin(examples, new Insets(4, 0, 0, 0));
            setBottom(examples);
        }
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false); // the arrow keys and Space belong to stepping, not to button focus
        return b;
    }
}
