package backproplab.app.stepping;

import backproplab.app.session.DisplaySettings;
import backproplab.app.session.LessonModel;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import javafx.scene.text.TextAlignment;

/**
 * The stepping tab: the network (zoomable with Ctrl + scroll), and under it the formula, the
 * controls, the status line and the step strip.
 */
public final class SteppingPane extends BorderPane {
    /**
     * The share of the stepping tab's height the network has above the formula at text 15, until the teacher drags the
     * divider; larger text gives the formula more, down to {@link #MIN_NETWORK_SHARE} at text 21.
     */
    static final double NETWORK_SHARE = 0.55, MIN_NETWORK_SHARE = 0.4;
    /**
     * What the formula (its title, four rows and the plain line), the buttons, the status line and the strip need at the least, in ems: a
     * window taller than that leaves the network the rest, up to {@link #MAX_NETWORK_SHARE} of the height.
     */
    static final double BOTTOM_EMS = 24, MAX_NETWORK_SHARE = 0.62;

    private final NetworkView network;
    /** The network's scroll pane, its zooms and the button that undoes them. */
    private final NetworkViewport viewport;

    private final StoryModel story;
    private final NetworkPicture picture;
    private final QuizModel quiz;
    /** Covers the network while the class asks questions (B); the lesson underneath is untouched. */
    private final Label blank = new Label("Paused for questions — press B to go on");
    /** K: the key to the picture's colours and widths, a band under the network (its button in the network's corner). */
    private final BooleanProperty keyShown = new SimpleBooleanProperty(this, "keyShown", false);

    /** @param hintSeen true once the first-run hint was used or closed (the preferences keep it) */
    public SteppingPane(LessonModel model, DisplaySettings display, BooleanProperty hintSeen, Runnable exportWalkthrough) {
        story = new StoryModel(model);
        quiz = new QuizModel(model, display);
        network = new NetworkView(model, story, quiz, display);
        network.setFocusTraversable(true);
        network.setOnMousePressed(e -> network.requestFocus()); // clicking the network gives the keys back to stepping
        viewport = new NetworkViewport(model, network, display);
        blank.setId("blank");
        blank.getStyleClass().add("blank-screen");
        blank.setVisible(false);
        blank.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);

        FormulaView formula = new FormulaView(model, display);
        StoryView storyView = new StoryView(story, model, display);
        picture = new NetworkPicture(network, () -> story.isOpen() ? storyView.caption() : formula.caption());
        storyView.visibleProperty().bind(story.parameterProperty().isNotNull());
        storyView.managedProperty().bind(storyView.visibleProperty());
        formula.visibleProperty().bind(story.parameterProperty().isNull());
        formula.managedProperty().bind(formula.visibleProperty());
        QuizBar quizBar = new QuizBar(quiz, network::requestFocus);
        ScrollPane formulaArea = formulaArea(new FirstRunHint(model, hintSeen), overflowWarning(model), formula, storyView);
        for (BooleanProperty used : List.of(quiz.enabledProperty(), keyShown, viewport.focusZoomProperty())) {
            used.addListener((obs, was, on) -> hintSeen.set(true)); // the person found the keys: the hint has done its work
        }
        // The key heads the bottom: it takes the formula's room (which scrolls), covering none of the network nor moving it.
        VBox bottom = new VBox(new NetworkKey(keyShown), formulaArea, quizBar, new StepControls(model, quiz::forward, exportWalkthrough),
                statusLine(model, formula), new StepStrip(model));
        bottom.getStyleClass().add("bottom-area");
        bottom.setMinHeight(0);
        ToggleButton keyButton = NetworkKey.toggle(keyShown);
        keyButton.visibleProperty().bind(blank.visibleProperty().not());
        StackPane.setAlignment(keyButton, Pos.TOP_RIGHT);
        StackPane.setMargin(keyButton, new Insets(6, 18, 0, 0));
        Button whole = viewport.wholeButton();
        StackPane.setAlignment(whole, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(whole, new Insets(0, 18, 8, 0));
        network.keepCardsClearOf(keyButton);
        network.keepCardsClearOf(whole);
        StackPane top = new StackPane(viewport.node(), whole, blank, keyButton); // B covers the zoom's button too
        top.setMinHeight(0);
        // A fixed split for the whole example: nothing below (a longer formula, the quiz bar, the matrix view) moves the
        // network; the teacher may drag the divider, and it stays where it is put.
        SplitPane split = new SplitPane(top, bottom);
        split.setId("stepping-split");
        split.setOrientation(Orientation.VERTICAL);
        fixSplit(split, display);
        setCenter(new StackPane(split, network.cardLayer()));
    }

    /**
     * The formula (or the story) in a pane that scrolls within its share, so that the quiz, the buttons and the strip stay
     * in sight; the first-run hint heads it: where the person looks after a step, and over none of the network.
     */
    private ScrollPane formulaArea(Node... content) {
        ScrollPane area = new ScrollPane(new VBox(content));
        area.setId("formula-area");
        area.getStyleClass().add("formula-area");
        area.setFitToWidth(true);
        area.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        area.setFocusTraversable(false);
        area.setMinHeight(0);
        area.visibleProperty().bind(blank.visibleProperty().not()); // B blanks the formula too (its room kept: nothing moves)
        VBox.setVgrow(area, Priority.ALWAYS);
        return area;
    }

    /**
     * The network's share of a split {@code height} px high at text size {@code text}: by the text size (the formula's lines
     * grow with it, the network less), or, in a window tall enough, all the height the bottom does not need.
     */
    static double networkShare(int text, double height) {
        double byText = Math.max(MIN_NETWORK_SHARE, Math.min(NETWORK_SHARE, NETWORK_SHARE - 0.025 * (text - DisplaySettings.DEFAULT_TEXT_SIZE)));
        double byHeight = height > 0 ? 1 - BOTTOM_EMS * text / height : 0;
        return Math.min(MAX_NETWORK_SHARE, Math.max(byText, byHeight));
    }

    /**
     * Puts the divider at {@link #networkShare} and moves it when the text size changes, or when the window's height does while
     * it is still where it was put (a divider the teacher dragged stays until the text size changes).
     */
    private static void fixSplit(SplitPane split, DisplaySettings display) {
        double[] put = {networkShare(display.textSizeProperty().get(), 0)};
        Runnable place = () -> {
            put[0] = networkShare(display.textSizeProperty().get(), split.getHeight());
            split.setDividerPositions(put[0]);
        };
        split.setDividerPositions(put[0]);
        display.textSizeProperty().addListener(o -> place.run());
        split.heightProperty().addListener((obs, old, now) -> {
            if (Math.abs(split.getDividerPositions()[0] - put[0]) < 0.005) place.run();
        });
    }

    /** Shown while the example's numbers overflowed: what went wrong and what to do. */
    private static Label overflowWarning(LessonModel model) {
        Label warning = new Label("The numbers overflowed in this example (NaN or ∞): the learning rate is too large for "
                + "this network. Reset (R) or undo (Ctrl + Z), then choose a smaller α.");
        warning.setId("overflow-warning");
        warning.getStyleClass().add("overflow-warning");
        warning.setWrapText(true);
        warning.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.walkthrough() != null && model.walkthrough().overflowed(), model.walkthroughProperty()));
        warning.managedProperty().bind(warning.visibleProperty());
        return warning;
    }

    /** "Step 3 of 19 · Forward pass: true window", and at its right the formula's inset. */
    private static HBox statusLine(LessonModel model, FormulaView formula) {
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            var w = model.walkthrough();
            String notice = model.noticeProperty().get();
            return w == null ? "" : "Step " + (model.index() + 1) + " of " + w.size() + " · " + w.phaseTitle(model.index())
                    + (notice.isEmpty() ? "" : " · " + notice);
        }, model.indexProperty(), model.walkthroughProperty(), model.noticeProperty()));
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        formula.inset().setMinWidth(0);
        formula.inset().setWrapText(true); // a second line rather than "…": the formula's scroll area gives the room
        formula.inset().setTextAlignment(TextAlignment.RIGHT);
        formula.inset().setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(formula.inset(), Priority.SOMETIMES);
        HBox line = new HBox(12, status, gap, formula.inset());
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Whether the network is hidden for a pause to take questions (B). */
    public BooleanProperty blankedProperty() {
        return blank.visibleProperty();
    }

    /** Whether the network is magnified around the current unit (F). */
    public BooleanProperty focusZoomProperty() {
        return viewport.focusZoomProperty();
    }

    /** Ctrl + 0 (View, the button over the network): no zoom and no focus zoom, the whole network in view. */
    public void wholeNetwork() {
        viewport.wholeNetwork();
    }

    /** The key to the picture (K, View, its button): shown or folded to its button. */
    public BooleanProperty keyShownProperty() {
        return keyShown;
    }

    /** Quiz mode: each number typed before it is shown. */
    public QuizModel quiz() {
        return quiz;
    }

    /** The network and the formula beneath as a picture for handouts, slides and the clipboard. */
    public NetworkPicture picture() {
        return picture;
    }

    /** "Why this gradient?": the error-sharing story on screen, if any. */
    public StoryModel story() {
        return story;
    }

    public NetworkView networkView() {
        return network;
    }
}
