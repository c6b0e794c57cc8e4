package backproplab.app.stepping;

import backproplab.app.session.DisplaySettings;
import backproplab.app.session.LessonModel;
import backproplab.engine.Parameter;
import backproplab.walkthrough.Decimals;
import backproplab.walkthrough.ErrorSharing;
import backproplab.walkthrough.Focus;
import backproplab.walkthrough.Highlight;
import backproplab.walkthrough.MicroStep;
import backproplab.walkthrough.Phase;
import backproplab.walkthrough.QuizQuestion;
import backproplab.walkthrough.Snapshot;
import backproplab.walkthrough.UnitHealth;
import backproplab.walkthrough.UpdateFormula;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The network as the notes draw it: layer 1 (inputs) on the left, each unit a circle labelled
 * with its x, or its z, a and δ; edges coloured by the sign of W (blue +, vermillion −, a
 * colour-blind-safe pair) and as wide as |W|; one "+1" bias node per layer feeding the next.
 * The current micro-step's unit and edges are highlighted and the rest dimmed. Hovering an edge
 * or a unit shows its numbers. Every number comes from the step's snapshot. The edges are an
 * {@link EdgeLayer}: a few Paths, whatever the network's size; the edge under the pointer is found
 * from the geometry.
 *
 * <p>Node ids (1-based, as in the notes): {@code unit-k-i}, {@code unit-label-k-i}. An edge has no
 * node of its own: {@link #edgeSpot} says where to point at it.
 */
public final class NetworkView extends Region {
    /**
     * Below this spacing between units, in ems of the text size, a label shows one line (the current phase's value) … It
     * is the height of the three lines z, a and δ with their padding (≈ 3.6 ems), and a little: at 3.9 the notes' 4-2-1
     * net in the default window sat on the line, and a message line at the top flipped its labels.
     */
    static final double FULL_LABEL_EMS = 3.7;
    /** … and below this one, values are hidden until the person zooms in. */
    static final double MIN_LABELLED_EMS = 1.35;
    /** The room (in ems) kept free in the top right corner for the key's button (K). */
    static final double KEY_EMS = 4;

    private static final PseudoClass SATURATED = PseudoClass.getPseudoClass("saturated"), DEAD = PseudoClass.getPseudoClass("dead");

    private static final String WHY = "\nClick (from the backward pass on) or G: why this gradient?";

    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    /** The caption when it shows the other window than the formula works with. */
    private static final PseudoClass OTHER_WINDOW = PseudoClass.getPseudoClass("other-window");
    private static final Object EDGE_KEY = new Object();
    /** How near (px) the pointer must be to an edge for it to count as over it. */
    private static final double EDGE_REACH = 5;

    private final LessonModel model;
    private final StoryModel story;
    /** While it asks for a number, the network lights what the asked step works on, not the step shown. */
    private final QuizModel quiz;
    private final DisplaySettings display;
    private final EdgeLayer edges = new EdgeLayer();
    private final Group units = new Group(), labels = new Group(), edgeLabels = new Group();
    /** Names the window the units show; for the max-margin pair, clicking it shows the other one. */
    private final Button caption = new Button();
    /** The pass the units show: the step's own, unless the person switched with the caption. */
    private int shownPass;
    private MicroStep shownStep;
    private final Label zoomHint = new Label("Zoom in (Ctrl + scroll, or F) to read the values");
    private final HoverCard hover = new HoverCard();
    /** Holds the hover card over the whole stepping tab: a card may open beside the network, over the formula. */
    private final Pane cardLayer = new Pane(hover.node());
    private NetworkGeometry geometry;
    /** The room the caption and the zoom hint took above the network at the last layout. */
    private double captionRoom = 44;
    /** Where the step is, as last laid out (see {@link #focusCentre}): the focus zoom follows it. */
    private final ObjectProperty<Point2D> focusPoint = new SimpleObjectProperty<>(this, "focusPoint");
    /** Drawn over the network's corners (the key, the first-run hint): the hover card keeps clear of them. */
    private final List<Node> overlays = new ArrayList<>();
    private boolean labelled = true; // whether the values are shown at the current spacing
    private boolean fullLabels = true; // whether they show z, a and δ (or one compact line)
    private int[] layers = new int[0];
    /** The drawn nodes, indexed like the network (k and i 1-based as in the notes). */
    private Circle[][] unitNodes = new Circle[0][];
    private Label[][] unitLabels = new Label[0][];
    private Rectangle[] biasNodes = new Rectangle[0];
    private Label[] biasLabels = new Label[0];

    public NetworkView(LessonModel model, StoryModel story, QuizModel quiz, DisplaySettings display) {
        this.model = model;
        this.story = story;
        this.quiz = quiz;
        this.display = display;
        getStyleClass().add("network-view");
        caption.getStyleClass().add("pass-caption");
        caption.setId("pass-caption");
        caption.setFocusTraversable(false);
        caption.setOnAction(e -> switchPass());
        zoomHint.getStyleClass().add("zoom-hint");
        getChildren().addAll(edges, units, edgeLabels, labels, caption, zoomHint);
        cardLayer.setMouseTransparent(true);
        cardLayer.setPickOnBounds(false);
        setOnMouseMoved(e -> pointAt(e.getTarget() == this ? edges.nearest(e.getX(), e.getY(), EDGE_REACH) : null, e.getX(), e.getY()));
        setOnMouseExited(e -> pointAt(null, 0, 0));
        setOnMouseClicked(e -> {
            if (e.isStillSincePress() && e.getTarget() == this) clickEdge(edges.nearest(e.getX(), e.getY(), EDGE_REACH));
        });
        model.currentStepProperty().addListener((obs, old, now) -> update());
        display.decimalsProperty().addListener((obs, old, now) -> refresh());
        story.highlight().addListener((obs, old, now) -> update());
        quiz.questionProperty().addListener((obs, old, now) -> refresh());
        model.updateFocusProperty().addListener((obs, old, now) -> refresh());
        rebuild();
    }

    /** Shows the current step: new nodes if the network changed shape, else new values and highlight. */
    private void update() {
        if (!Arrays.equals(layers, model.walkthrough().layers())) rebuild(); else refresh();
    }

    /** Creates the nodes for the current network shape. */
    private void rebuild() {
        layers = model.walkthrough().layers();
        int count = layers.length;
        edges.reshape(layers);
        units.getChildren().clear();
        labels.getChildren().clear();
        unitNodes = new Circle[count + 1][];
        unitLabels = new Label[count + 1][];
        biasNodes = new Rectangle[count];
        biasLabels = new Label[count];
        for (int k = 1; k <= count; k++) {
            unitNodes[k] = new Circle[layers[k - 1]];
            unitLabels[k] = new Label[layers[k - 1]];
            for (int i = 0; i < layers[k - 1]; i++) {
                unitNodes[k][i] = unit(k, i);
                Label l = new Label();
                l.setId("unit-label-" + k + "-" + (i + 1));
                l.getStyleClass().add("unit-label");
                l.setMouseTransparent(true);
                unitLabels[k][i] = l;
            }
            units.getChildren().addAll(unitNodes[k]);
            labels.getChildren().addAll(unitLabels[k]);
            if (k < count) {
                biasNodes[k] = new Rectangle();
                biasNodes[k].setId("bias-" + k);
                biasNodes[k].getStyleClass().add("bias-node");
                biasLabels[k] = new Label("+1");
                biasLabels[k].getStyleClass().add("bias-label");
                biasLabels[k].setMouseTransparent(true);
                units.getChildren().add(biasNodes[k]);
                labels.getChildren().add(biasLabels[k]);
            }
        }
        requestLayout();
        refresh();
    }

    private Circle unit(int k, int i) {
        Circle c = new Circle();
        c.setId("unit-" + k + "-" + (i + 1));
        c.getStyleClass().add(k == 1 ? "input-unit" : "unit");
        c.setOnMouseEntered(e -> showCard(unitText(k, i), e.getX(), e.getY()));
        c.setOnMouseExited(e -> hover.hide());
        return c;
    }

    /**
     * The pointer is over {@code edge} (null: over no edge) at (x, y): its card opens there, or the
     * card of the edge it left closes. A unit's card is the unit's own business.
     */
    private void pointAt(Parameter edge, double x, double y) {
        if (Objects.equals(edge, edges.hovered())) return;
        edges.hover(edge);
        if (edge == null) {
            if (hover.text() != null && !(getScene() != null && unitUnderPointer())) hover.hide();
            return;
        }
        int k = edge.layer(), i = edge.row(), j = edge.column();
        showCard(j < 0 ? biasText(k, i) : edgeText(k, i, j), x, y);
    }

    private boolean unitUnderPointer() {
        for (Node n : units.getChildren()) if (n.isHover()) return true;
        return false;
    }

    /** A click on {@code edge}: "why this gradient?" once the backward pass has begun; before, a click only focuses. */
    private void clickEdge(Parameter edge) {
        if (edge == null) return;
        if (updating(model.currentStep()) == edge.layer()) {
            model.focusUpdate(edge.layer(), edge.row(), edge.column()); // at an update step, its layer's edge explains that parameter's update
        } else if (model.currentStep().phase().compareTo(Phase.BACKWARD) >= 0) {
            story.open(edge);
        }
    }

    /** Where to point at the edge of {@code p} in this view's coordinates (away from crossings), or null before layout. */
    public Point2D edgeSpot(Parameter p) {
        return edges.spot(p);
    }

    /** The parameter whose edge is marked as the one the update formula (or the open story) explains, or null. */
    public Parameter chosenEdge() {
        return edges.chosen();
    }

    /** The width the edge of {@code p} is drawn with, in px (0: not drawn), and whether it is lit rather than dimmed. */
    public EdgeLook edgeLook(Parameter p) {
        return edges.lookOf(p);
    }

    /** How an edge is drawn: its stroke width in px, and whether it is lit (not dimmed). */
    public record EdgeLook(double width, boolean lit) {}

    @Override
    protected void layoutChildren() {
        captionRoom = layoutCaption();
        geometry = new NetworkGeometry(layers, getWidth(), getHeight(), reservedLabel(1), reservedLabel(layers.length), captionRoom);
        edges.draw(geometry);
        if (hover.node().isVisible()) hover.node().autosize(); // an open card grows with the text size, not cut off
        double r = geometry.radius();
        for (int k = 1; k <= layers.length; k++) {
            for (int i = 0; i < layers[k - 1]; i++) {
                Point2D p = geometry.unit(k, i);
                Circle c = unitNodes[k][i];
                c.setCenterX(p.getX());
                c.setCenterY(p.getY());
                c.setRadius(r);
                Label l = unitLabels[k][i];
                l.autosize();
                double x = k == 1 ? p.getX() - r - 6 - l.getWidth() : p.getX() + r + 6;
                l.relocate(x, p.getY() - l.getHeight() / 2);
            }
            if (k < layers.length) {
                Point2D b = geometry.bias(k);
                Rectangle rect = biasNodes[k];
                rect.setX(b.getX() - r * 0.7);
                rect.setY(b.getY() - r * 0.7);
                rect.setWidth(r * 1.4);
                rect.setHeight(r * 1.4);
                Label l = biasLabels[k];
                l.autosize();
                l.relocate(b.getX() - l.getWidth() / 2, b.getY() - l.getHeight() / 2);
            }
        }
        boolean full = geometry.spacing() >= ems(FULL_LABEL_EMS);
        if ((geometry.spacing() >= ems(MIN_LABELLED_EMS)) != labelled || full != fullLabels) {
            fullLabels = full;
            refresh(); // zooming or resizing crossed the spacing at which values are readable
            return;
        }
        layoutEdgeLabels();
        focusPoint.set(focusCentre().orElse(null));
    }

    /**
     * Places the caption in the top left and the zoom hint beside it (clear of the key's corner) or, when
     * both do not fit, under it; returns the room they take above the network, so no unit sits under them.
     */
    private double layoutCaption() {
        caption.autosize();
        caption.relocate(12, 8);
        zoomHint.autosize();
        double hintX = getWidth() - zoomHint.getWidth() - 12 - ems(KEY_EMS);
        boolean besideCaption = hintX > 12 + caption.getWidth() + 12;
        zoomHint.relocate(besideCaption ? hintX : 12, besideCaption ? 8 : 12 + caption.getHeight());
        double under = zoomHint.isVisible() && !besideCaption ? zoomHint.getHeight() + 4 : 0;
        return Math.max(44, 8 + caption.getHeight() + under + 8);
    }

    /** The height at which this network shows its values (one line beside each unit) at the window's text size, in px. */
    double readableHeight() {
        return Math.ceil(NetworkGeometry.height(layers, ems(MIN_LABELLED_EMS), captionRoom)) + 1;
    }

    /** {@code ems} at the window's text size, in px: three lines of values need more room at text 21 than at 15. */
    private double ems(double ems) {
        return ems * display.textSizeProperty().get();
    }

    /**
     * The room beside layer k (the inputs or the outputs) for the widest label it can show in this example — every
     * value of either pass, in full or compact, as the last step holds them — so that no unit moves from step to step.
     */
    private double reservedLabel(int k) {
        double widest = 0;
        for (Label l : unitLabels[k]) {
            if (l.isVisible()) widest = Math.max(widest, l.prefWidth(-1));
        }
        if (model.walkthrough() == null || unitLabels[k].length == 0) return widest;
        Snapshot end = model.walkthrough().last().state();
        Decimals d = display.decimals();
        Label probe = unitLabels[k][0];
        double insets = probe.snappedLeftInset() + probe.snappedRightInset();
        Text text = new Text();
        text.setFont(probe.getFont());
        for (int p = 0; p < end.passCount(); p++) {
            for (int i = 0; i < unitLabels[k].length; i++) {
                for (boolean delta : new boolean[] {false, true}) {
                    for (String s : new String[] {ValueTexts.unitLabel(end, p, k, i, d, delta), ValueTexts.compactLabel(end, p, k, i, d, delta)}) {
                        text.setText(s);
                        widest = Math.max(widest, Math.ceil(text.getLayoutBounds().getWidth()) + insets);
                    }
                }
            }
        }
        return widest;
    }

    /**
     * Where the step is, in this view's coordinates: the centre of the current units, or of the
     * units the step uses (the update uses all); empty before the first layout.
     */
    public Optional<Point2D> focusCentre() {
        double x = 0, y = 0;
        int n = 0;
        for (boolean currentOnly : new boolean[] {true, false}) {
            for (int k = 1; k < unitNodes.length; k++) {
                for (Circle c : unitNodes[k]) {
                    var states = c.getPseudoClassStates();
                    if (currentOnly ? !states.contains(CURRENT) : states.contains(DIMMED)) continue;
                    x += c.getCenterX();
                    y += c.getCenterY();
                    n++;
                }
            }
            if (n > 0 && getWidth() > 0) return Optional.of(new Point2D(x / n, y / n));
        }
        return Optional.empty();
    }

    /** The unit nearest to {@code p} (in this view's coordinates), or null before the network has any. */
    Circle unitNearest(Point2D p) {
        Circle nearest = null;
        for (int k = 1; k < unitNodes.length; k++) {
            for (Circle c : unitNodes[k]) {
                if (nearest == null || p.distance(c.getCenterX(), c.getCenterY()) < p.distance(nearest.getCenterX(), nearest.getCenterY())) nearest = c;
            }
        }
        return nearest;
    }

    /** Where the step is, in this view's coordinates, after each layout; null before the first. */
    ReadOnlyObjectProperty<Point2D> focusPointProperty() {
        return focusPoint;
    }

    /** Shows the current step's values and highlight. */
    private void refresh() {
        MicroStep step = model.currentStep();
        if (step == null || layers.length == 0) return;
        if (step != shownStep) { // a new step shows its own pass again
            shownStep = step;
            shownPass = step.pass();
        }
        Snapshot s = story.isOpen() ? ErrorSharing.beforeUpdate(model.walkthrough()) : step.state(); // a story tells the whole example
        Decimals d = display.decimals();
        labelled = geometry == null || geometry.spacing() >= ems(MIN_LABELLED_EMS);
        zoomHint.setVisible(!labelled);
        caption.setText(captionText());
        caption.setTooltip(model.walkthrough().paired() ? new Tooltip(
                "Show the other window's z, a and δ at this step") : null);
        QuizQuestion asked = quiz.questionProperty().get();
        Focus lit = asked == null ? step.focus() : asked.operands();
        Highlight highlight = story.isOpen() && story.highlight().get() != null ? story.highlight().get() : lit;
        refreshEdges(highlight, s, step);
        refreshUnits(step, highlight, s, d, labelled);
        refreshEdgeLabels(lit, s, d, labelled && !story.isOpen());
        refreshCard();
        requestLayout();
    }

    /** The open card gives the numbers of the step now shown, not of the step it was opened at. */
    private void refreshCard() {
        Parameter edge = edges.hovered();
        if (edge != null) {
            hover.update(edge.bias() ? biasText(edge.layer(), edge.row()) : edgeText(edge.layer(), edge.row(), edge.column()));
            return;
        }
        for (int k = 1; k < unitNodes.length; k++) {
            for (int i = 0; i < unitNodes[k].length; i++) if (unitNodes[k][i].isHover()) hover.update(unitText(k, i));
        }
    }

    private String captionText() {
        var w = model.walkthrough();
        boolean other = formulaPass() >= 0 && formulaPass() != pass();
        caption.pseudoClassStateChanged(OTHER_WINDOW, other);
        // one line, always: the network is laid out under it (the other window's words are on the side panel)
        String text = "Showing the " + w.passNames().get(pass()) + (other ? " · formula: the " + w.passNames().get(formulaPass()) + "'s"
                : ": " + w.passDescriptions().get(pass()));
        return w.paired() ? text + "   ⇄" : text;
    }

    /**
     * The window the formula under the network works with: the step's own at a forward or backward
     * step of one window, −1 where it uses both (the loss, the gradients, the update) or a story tells one.
     */
    private int formulaPass() {
        MicroStep step = model.currentStep();
        if (step == null || story.currentProperty().get() != null) return -1;
        Phase phase = step.phase();
        return phase == Phase.FORWARD_TRUE || phase == Phase.FORWARD_CORRUPT || phase == Phase.BACKWARD ? step.pass() : -1;
    }

    /** The pass the units show: the window a story is telling, else the step's own (or the other, after ⇄). */
    private int pass() {
        var told = story.currentProperty().get();
        return told != null && told.pass() >= 0 ? told.pass() : shownPass;
    }

    /** Shows the other window of the max-margin pair at this step. */
    private void switchPass() {
        if (!model.walkthrough().paired()) return;
        shownPass = 1 - shownPass;
        refresh();
    }

    /** The layer an update step updates, or 0 for any other step. */
    private static int updating(MicroStep step) {
        return step.formula() instanceof UpdateFormula u ? u.layer() : 0;
    }

    /**
     * Colour by sign, width by |W| relative to the largest |W| or |b| of the layer, emphasis by focus.
     * At an update step its layer's edges are as wide as the step each parameter took, |Δθ|, relative
     * to the layer's largest: the optimizer's effective learning rate at a glance (AdaGrad, RMSProp and
     * Adam give each parameter its own); the parameter the formula explains is ringed.
     */
    private void refreshEdges(Highlight focus, Snapshot s, MicroStep step) {
        int moving = story.isOpen() ? 0 : updating(step); // a story tells the example before its update: widths are |W|
        UpdateFormula explained = moving > 0 ? (UpdateFormula) model.currentFormula() : null;
        edges.choose(story.isOpen() ? story.parameterProperty().get()
                : explained == null ? null : new Parameter(moving, explained.row(), explained.column()));
        for (int k = 1; k < layers.length; k++) {
            boolean steps = k == moving;
            double max = 1e-12;
            for (int i = 0; i < layers[k]; i++) {
                max = Math.max(max, magnitude(steps ? s.biasUpdate(k, i) : s.bias(k, i)));
                for (int j = 0; j < layers[k - 1]; j++) max = Math.max(max, magnitude(steps ? s.weightUpdate(k, i, j) : s.weight(k, i, j)));
            }
            for (int i = 0; i < layers[k]; i++) {
                for (int j = 0; j <= layers[k - 1]; j++) {
                    boolean bias = j == layers[k - 1];
                    double w = bias ? s.bias(k, i) : s.weight(k, i, j);
                    double size = steps ? (bias ? s.biasUpdate(k, i) : s.weightUpdate(k, i, j)) : w;
                    edges.look(k, i, bias ? -1 : j, w < 0, !focus.usesEdge(k, i, bias ? -1 : j),
                            1 + 5 * magnitude(size) / max);
                }
            }
        }
        edges.restyle();
    }

    /** |v|, or 0 for a value not yet known (NaN) or overflowed: one such value must not make the whole layer's widths NaN. */
    private static double magnitude(double v) {
        return Double.isFinite(v) ? Math.abs(v) : 0;
    }

    private void refreshUnits(MicroStep step, Highlight focus, Snapshot s, Decimals d, boolean labelled) {
        boolean showDelta = story.isOpen() || step.phase().compareTo(Phase.BACKWARD) >= 0;
        boolean compact = geometry != null && geometry.spacing() < ems(FULL_LABEL_EMS);
        for (int k = 1; k <= layers.length; k++) {
            for (int i = 0; i < layers[k - 1]; i++) {
                Circle c = unitNodes[k][i];
                c.pseudoClassStateChanged(DIMMED, !focus.usesUnit(k, i));
                c.pseudoClassStateChanged(CURRENT, focus.current(k, i));
                boolean hidden = k > 1 && k < layers.length;
                c.pseudoClassStateChanged(SATURATED, hidden && UnitHealth.saturated(model.setup().hidden(), s, pass(), k, i));
                c.pseudoClassStateChanged(DEAD, hidden && model.dead(k, i));
                Label l = unitLabels[k][i];
                l.setVisible(labelled);
                l.setText(compact ? ValueTexts.compactLabel(s, pass(), k, i, d, showDelta)
                        : ValueTexts.unitLabel(s, pass(), k, i, d, showDelta));
                l.pseudoClassStateChanged(COMPACT, compact);
                l.pseudoClassStateChanged(DIMMED, !focus.usesUnit(k, i));
            }
            if (k < layers.length) {
                biasNodes[k].pseudoClassStateChanged(DIMMED, !focus.usesBias(k));
                biasLabels[k].setVisible(geometry == null || geometry.radius() >= 9);
            }
        }
    }

    /** The weights a forward or backward step uses, written on its edges when there are few. */
    private void refreshEdgeLabels(Focus f, Snapshot s, Decimals d, boolean labelled) {
        edgeLabels.getChildren().clear();
        if (!labelled || f.unit() < 0) return;
        if (f.edges() == Focus.Edges.INCOMING && layers[f.layer() - 2] <= 6) {
            int k = f.layer() - 1;
            for (int j = 0; j < layers[k - 1]; j++) edgeLabels.getChildren().add(edgeLabel(d.format(s.weight(k, f.unit(), j)), k, f.unit(), j, false));
            edgeLabels.getChildren().add(edgeLabel("b = " + d.format(s.bias(k, f.unit())), k, f.unit(), -1, false));
        } else if (f.edges() == Focus.Edges.OUTGOING && layers[f.layer()] <= 6) {
            int k = f.layer();
            for (int i = 0; i < layers[k]; i++) edgeLabels.getChildren().add(edgeLabel(d.format(s.weight(k, i, f.unit())), k, i, f.unit(), true));
        }
    }

    private Label edgeLabel(String text, int k, int i, int j, boolean outgoing) {
        Label l = new Label(text);
        l.getStyleClass().add("edge-label");
        l.setMouseTransparent(true);
        l.getProperties().put(EDGE_KEY, new int[] {k, i, j, outgoing ? 1 : 0});
        return l;
    }

    /**
     * Writes the weights on their edges where they do not overlap: edges into one unit draw together towards it (and out
     * of one unit apart from it), so each label sits as far along its edge as keeps neighbours a label's height apart,
     * past the values written beside the sources and short of the units they point to; where no such place is left,
     * the weights are left to the formula below.
     */
    private void layoutEdgeLabels() {
        if (edgeLabels.getChildren().isEmpty()) return;
        double tallest = 0, widest = 0;
        for (Node n : edgeLabels.getChildren()) {
            Label l = (Label) n;
            l.autosize();
            tallest = Math.max(tallest, l.getHeight());
            widest = Math.max(widest, l.getWidth());
        }
        int[] any = (int[]) edgeLabels.getChildren().get(0).getProperties().get(EDGE_KEY);
        int k = any[0];
        boolean outgoing = any[3] == 1;
        double apart = (tallest + 2) / geometry.spacing(); // the share of an edge that parts neighbours by a label's height
        double across = geometry.unit(k + 1, 0).getX() - geometry.unit(k, 0).getX(), half = widest / 2 + 2, r = geometry.radius();
        double besideSources = r; // the "+1" is written inside its node
        for (Label l : unitLabels[k]) if (l.isVisible() && k > 1) besideSources = Math.max(besideSources, r + 6 + l.getWidth());
        double first = (besideSources + half) / across, last = 1 - (r + half) / across;
        // Incoming labels sit past the sources' own labels; outgoing ones near their (distinct) targets.
        double t = Math.max(first, outgoing ? Math.max(0.72, apart) : Math.min(0.62, 1 - apart));
        boolean fits = t <= last && (outgoing ? t <= 0.9 : t <= 1 - apart);
        for (Node n : edgeLabels.getChildren()) {
            int[] e = (int[]) n.getProperties().get(EDGE_KEY);
            Point2D from = e[2] < 0 ? geometry.bias(e[0]) : geometry.unit(e[0], e[2]);
            Point2D at = from.interpolate(geometry.unit(e[0] + 1, e[1]), t);
            Label l = (Label) n;
            l.setVisible(fits);
            l.relocate(at.getX() - l.getWidth() / 2, at.getY() - l.getHeight() / 2);
        }
    }

    // --- hover -------------------------------------------------------------------------

    /** The layer the hover card opens in, to be laid over the whole stepping tab. */
    public Pane cardLayer() {
        return cardLayer;
    }

    /** Opens the card at (x, y), away from the unit in focus and its values, and clear of the buttons over the network. */
    private void showCard(String text, double x, double y) {
        List<Bounds> keepClear = new ArrayList<>();
        for (int k = 1; k < unitNodes.length; k++) {
            for (int i = 0; i < unitNodes[k].length; i++) {
                if (!unitNodes[k][i].getPseudoClassStates().contains(CURRENT)) continue;
                keepClear.add(here(unitNodes[k][i]));
                if (unitLabels[k][i].isVisible()) keepClear.add(here(unitLabels[k][i]));
            }
        }
        for (Node o : overlays) if (o.isVisible() && o.getScene() != null) keepClear.add(here(o));
        Point2D at = cardLayer.sceneToLocal(localToScene(x, y));
        hover.show(text, at.getX(), at.getY(), cardLayer, keepClear);
    }

    /** {@code node}'s bounds in the card layer's coordinates. */
    private Bounds here(Node node) {
        return cardLayer.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    /** Drawn over the network (the key, the first-run hint): hover cards open clear of {@code overlay} while it shows. */
    void keepCardsClearOf(Node overlay) {
        overlays.add(overlay);
    }

    private String unitText(int k, int i) {
        MicroStep step = model.currentStep();
        String card = ValueTexts.unitCard(step.state(), pass(), model.walkthrough().passNames().get(pass()), k, i, display.decimals());
        if (k > 1 && k < layers.length && UnitHealth.saturated(model.setup().hidden(), step.state(), pass(), k, i)) {
            card += "\n" + UnitHealth.saturatedText(display.decimals(), step.state().derivative(pass(), k, i));
        }
        if (k > 1 && k < layers.length && model.dead(k, i)) card += "\n" + UnitHealth.DEAD_TEXT;
        return card;
    }

    private String edgeText(int k, int i, int j) {
        return ValueTexts.edgeCard(model.currentStep().state(), k, i, j, display.decimals()) + why(k);
    }

    private String biasText(int k, int i) {
        return ValueTexts.biasCard(model.currentStep().state(), k, i, display.decimals()) + why(k);
    }

    /** What a click on a layer-k edge does now: at the step updating layer k it explains that parameter's update. */
    private String why(int k) {
        return updating(model.currentStep()) == k ? "\nClick (or ↑ / ↓): its update in the formula below · G: why this gradient?" : WHY;
    }

    /** The text of the hover card, or null when it is hidden (for tests and screen readers). */
    public String hoverText() {
        return hover.text();
    }
}
