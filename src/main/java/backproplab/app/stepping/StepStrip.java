package backproplab.app.stepping;

import backproplab.app.session.LessonModel;
import backproplab.walkthrough.Indices;
import backproplab.walkthrough.MicroStep;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;

/**
 * Every micro-step of the example in a row, the current one marked; clicking one jumps to it.
 * The mark is drawn from the model's index; the list keeps no selection of its own.
 */
public final class StepStrip extends ListView<MicroStep> {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private final LessonModel model;

    public StepStrip(LessonModel model) {
        this.model = model;
        setId("step-strip");
        getStyleClass().add("step-strip");
        setOrientation(Orientation.HORIZONTAL);
        setFixedCellSize(50);
        setFocusTraversable(false);
        setCellFactory(list -> new StepCell());
        setSelectionModel(null);
        model.walkthroughProperty().addListener((obs, old, now) -> {
            getItems().setAll(now == null ? FXCollections.observableArrayList() : now.steps());
            showCurrent();
        });
        model.indexProperty().addListener((obs, old, now) -> showCurrent());
        if (model.walkthrough() != null) getItems().setAll(model.walkthrough().steps());
        showCurrent();
    }

    /** A row of cells and, under it, the room of the scroll bar (kept while there is none, so nothing moves): no cell cut off. */
    @Override
    protected double computePrefHeight(double width) {
        double bar = 0;
        for (Node n : lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL) bar = b.prefHeight(-1);
        }
        return snappedTopInset() + getFixedCellSize() + bar + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private void showCurrent() {
        scrollTo(Math.max(0, model.index() - 6));
    }

    private final class StepCell extends ListCell<MicroStep> {
        /** Held here: the weak listener lives as long as the cell. */
        private final InvalidationListener markCurrent = o -> mark();

        StepCell() {
            setOnMouseClicked(e -> {
                if (getItem() != null) model.jumpTo(getItem().index());
            });
            model.indexProperty().addListener(new WeakInvalidationListener(markCurrent));
        }

        private void mark() {
            pseudoClassStateChanged(CURRENT, getItem() != null && !isEmpty() && getItem().index() == model.index());
        }

        @Override
        protected void updateItem(MicroStep step, boolean empty) {
            super.updateItem(step, empty);
            getStyleClass().removeIf(c -> c.startsWith("phase-"));
            mark();
            if (empty || step == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(step.label());
            getStyleClass().add("phase-" + step.phase().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            setTooltip(new Tooltip((step.index() + 1) + ". " + Indices.unicode(step.title())));
        }
    }
}
