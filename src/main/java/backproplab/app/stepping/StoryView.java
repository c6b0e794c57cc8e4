package backproplab.app.stepping;

import backproplab.app.kit.IndexedText;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.LessonModel;
import backproplab.engine.Parameter;
import backproplab.walkthrough.ErrorSharing;
import backproplab.walkthrough.FormulaText;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * "Why this gradient?" in place of the formula: the chosen parameter (any weight or bias, from the
 * list or by clicking its edge), the story's step with its formula and number, and the keys to
 * move through it (→ / ←, Esc closes).
 */
public final class StoryView extends VBox {
    private static final double TEX_SCALE = 1.3;
    private final StoryModel story;
    private final DisplaySettings display;
    private final ComboBox<Parameter> chooser = new ComboBox<>();
    private final Label counter = new Label(), plain = new Label();
    private final IndexedText title = new IndexedText("story-step-title");
    private final TexCanvas tex = new TexCanvas(21);

    public StoryView(StoryModel story, LessonModel lesson, DisplaySettings display) {
        this.story = story;
        this.display = display;
        getStyleClass().addAll("formula-view", "story-view");
        setId("story-view");
        Label heading = new Label("Why this gradient?");
        heading.getStyleClass().add("formula-title");
        chooser.setId("story-parameter");
        chooser.setVisibleRowCount(14);
        chooser.setTooltip(new Tooltip("Any weight or bias; or click its edge in the network"));
        chooser.setConverter(new StringConverter<>() {
            @Override public String toString(Parameter p) { return p == null ? "" : p.unicode(); }
            @Override public Parameter fromString(String s) { return null; }
        });
        chooser.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(story.parameterProperty().get())) story.open(now);
        });
        story.parameterProperty().addListener((obs, old, now) -> chooser.setValue(now));
        lesson.walkthroughProperty().addListener((obs, old, now) -> fillChooser());
        fillChooser();
        counter.setId("story-counter");
        Button back = button("story-back", "◀", "The previous step of the story (←)", story::back);
        back.disableProperty().bind(story.indexProperty().isEqualTo(0));
        Button next = button("story-next", "▶", "The next step of the story (→)", story::next);
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> story.indexProperty().get() >= story.stepsProperty().get().size() - 1, story.indexProperty(), story.stepsProperty()));
        Button close = button("story-close", "Close", "Back to stepping (Esc)", story::close);
        HBox what = group(heading, chooser, counter), moves = group(back, next, close);
        // At projector sizes the two groups take two lines rather than cutting their words.
        FlowPane bar = new FlowPane(16, 4, what, moves);
        bar.setAlignment(Pos.CENTER_LEFT);
        title.setId("story-title");
        plain.setId("story-plain");
        plain.getStyleClass().add("formula-plain");
        plain.setWrapText(true);
        getChildren().addAll(bar, title, tex, plain);
        story.currentProperty().addListener((obs, old, now) -> refresh());
        display.decimalsProperty().addListener((obs, old, now) -> refresh());
        tex.setFontSize(display.textSizeProperty().get() * TEX_SCALE, display.textSizeProperty().get());
        display.textSizeProperty().addListener((obs, old, now) -> tex.setFontSize(now.intValue() * TEX_SCALE, now.intValue()));
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        for (Node n : nodes) if (n instanceof Region r) r.setMinWidth(Region.USE_PREF_SIZE);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private void fillChooser() {
        chooser.getItems().setAll(story.parameters());
        chooser.setValue(story.parameterProperty().get());
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void refresh() {
        ErrorSharing.Step step = story.currentProperty().get();
        if (step == null) return;
        List<ErrorSharing.Step> steps = story.stepsProperty().get();
        counter.setText("step " + (story.indexProperty().get() + 1) + " of " + steps.size());
        FormulaText f = step.formula().render(display.decimals());
        title.setText(step.title());
        tex.setLines(f.substituted().isEmpty() ? List.of() : List.of(f.substituted()));
        tex.setVisible(!f.substituted().isEmpty());
        tex.setManaged(tex.isVisible());
        tex.setAccessibleText(f.plain());
        plain.setText(f.plain());
    }

    /** The story's step title and its typeset lines, for a picture of the step. */
    NetworkPicture.Caption caption() {
        return new NetworkPicture.Caption("Why this gradient? " + title.getText(), title.getFont(), tex.lines(), tex.fontSize());
    }
}
