package backproplab.app.stepping;

import backproplab.app.kit.IndexedText;
import backproplab.app.session.DisplaySettings;
import backproplab.app.kit.IndexedText;
import backproplab.app.session.LessonModel;
import backproplab.walkthrough.FormulaText;
import backproplab.walkthrough.Indices;
import backproplab.walkthrough.MatrixForm;
import backproplab.walkthrough.MicroStep;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The current micro-step's formula: its title, the symbolic formula and the same with the
 * numbers substituted (typeset), and one plain line with the result that can be read aloud or
 * copied.
 */
public final class FormulaView extends VBox {
    /** The most the formula can be magnified (Ctrl + scroll), for reading a large matrix. */
    private static final double MAX_ZOOM = 3;
    /** Typeset formulas are drawn this much larger than the text around them. */
    private static final double TEX_SCALE = 1.4;

    private final LessonModel model;
    private final DisplaySettings display;
    private final IndexedText title = new IndexedText("formula-title");
    private final TexCanvas tex = new TexCanvas(21);
    private final Label plain = new Label();
    private final Label inset = new Label();
    private final ToggleButton matrices = new ToggleButton("Matrices");
    /** Holds the typeset lines while they are magnified, so that they pan. */
    private final ScrollPane zoomed = new ScrollPane();

    public FormulaView(LessonModel model, DisplaySettings display) {
        this.model = model;
        this.display = display;
        getStyleClass().add("formula-view");
        inset.setId("formula-inset");
        inset.getStyleClass().add("panel-note");
        inset.managedProperty().bind(inset.visibleProperty());
        plain.setId("formula-plain");
        plain.getStyleClass().add("formula-plain");
        plain.setWrapText(true);
        plain.setMinWidth(0); // wraps within the view rather than pushing past its right edge
        zoomable();
        getChildren().addAll(heading(), tex, plain);
        model.currentStepProperty().addListener((obs, old, now) -> refresh());
        model.updateFocusProperty().addListener((obs, old, now) -> refresh());
        display.decimalsProperty().addListener((obs, old, now) -> refresh());
        tex.setFontSize(display.textSizeProperty().get() * TEX_SCALE, display.textSizeProperty().get());
        display.textSizeProperty().addListener((obs, old, now) -> tex.setFontSize(now.intValue() * TEX_SCALE, now.intValue()));
        refresh();
    }

    /** The step's title, and the switch between one neuron's formula and whole layers. */
    private HBox heading() {
        title.setId("formula-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        ToggleButton neuron = new ToggleButton("One neuron");
        neuron.setId("view-neuron");
        matrices.setId("view-matrices");
        neuron.setTooltip(new Tooltip("The step as one neuron's formula"));
        matrices.setTooltip(new Tooltip("The step as whole layers: matrices and vectors (notes §6), the entries it touches lit"));
        ToggleGroup mode = new ToggleGroup();
        for (ToggleButton b : List.of(neuron, matrices)) {
            b.setToggleGroup(mode);
            b.setFocusTraversable(false);
            b.getStyleClass().add("view-toggle");
            b.setMinWidth(Region.USE_PREF_SIZE); // the title gives way, not the switch
        }
        neuron.setSelected(true);
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) old.setSelected(true); else refresh(); // one of the two is always chosen
        });
        HBox heading = new HBox(6, title, neuron, matrices);
        heading.setAlignment(Pos.CENTER_LEFT);
        return heading;
    }

    /** Ctrl + scroll magnifies the formula; above 1 it sits in a pane that pans. */
    private void zoomable() {
        zoomed.setId("formula-scroll");
        zoomed.getStyleClass().add("formula-scroll");
        zoomed.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        zoomed.setPannable(true);
        zoomed.setFocusTraversable(false);
        zoomed.setPrefViewportHeight(display.textSizeProperty().get() * 9);
        setOnScroll(e -> {
            if (!e.isControlDown() || e.getDeltaY() == 0) return;
            double next = Math.max(1, Math.min(MAX_ZOOM, tex.zoom() * (e.getDeltaY() > 0 ? 1.25 : 0.8)));
            tex.setZoom(next < 1.05 ? 1 : next);
            int at = getChildren().indexOf(tex.getParent() == this ? tex : zoomed);
            if (tex.zoom() > 1 && tex.getParent() == this) {
                getChildren().set(at, zoomed);
                zoomed.setContent(tex);
            } else if (tex.zoom() == 1 && tex.getParent() != this) {
                zoomed.setContent(null);
                getChildren().set(at, tex);
            }
            e.consume();
        });
        Tooltip zoomTip = new Tooltip("Ctrl + scroll: zoom the formula (drag to pan a large matrix)");
        zoomTip.setShowDelay(Duration.seconds(2)); // a hint, not in the way of reading
        Tooltip.install(this, zoomTip);
    }

    /** The title and the typeset lines, for a picture of the step. */
    NetworkPicture.Caption caption() {
        return new NetworkPicture.Caption(title.getText(), title.getFont(), tex.lines(), tex.fontSize());
    }

    /** Where the neuron on screen sits in the matrix form, for a line beside the status (it costs the network no height there). */
    public Label inset() {
        return inset;
    }

    private void refresh() {
        MicroStep step = model.currentStep();
        if (step == null) return;
        FormulaText f = model.currentFormula().render(display.decimals());
        title.setText(model.walkthrough().phaseTitle(step.index()) + " · " + step.title());
        MatrixForm.View view = matrices.isSelected() ? MatrixForm.of(model.walkthrough(), step.index()) : null;
        List<String> lines = new ArrayList<>(List.of(f.symbolic()));
        lines.addAll(List.of(f.substituted().split("\n"))); // an update's numbers take two lines
        tex.setLines(view == null ? lines : List.of(view.symbolic(), view.latex(display.decimals())));
        tex.setAccessibleText(f.plain());
        plain.setText(f.plain());
        String where = view == null && !matrices.isSelected() ? MatrixForm.inset(model.walkthrough(), step.index()) : null;
        String line = where == null ? "" : Indices.unicode(where); // one line that may be cut: indices in Unicode, not a flow
        inset.setText(line);
        inset.setTooltip(where == null ? null : new Tooltip(line));
        inset.setVisible(where != null);
    }
}
