package backproplab.app.stepping;

import backproplab.walkthrough.MicroStep;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;

/** Every micro-step of the example in a row, the current one marked; clicking one jumps to it. */
public final class StepStrip extends ListView<MicroStep> {
    private boolean syncing;

    public StepStrip(LessonModel model) {
        setId("step-strip");
        getStyleClass().add("step-strip");
        setOrientation(Orientation.HORIZONTAL);
        setFixedCellSize(50);
        setPrefHeight(62);
        setMinHeight(62);
        setFocusTraversable(false);
        setCellFactory(list -> new StepCell());
        model.walkthroughProperty().addListener((obs, old, now) -> {
            syncing = true;
            getItems().setAll(now == null ? FXCollections.observableArrayList() : now.steps());
            syncing = false;
            select(model.index());
        });
        model.indexProperty().addListener((obs, old, now) -> select(now.intValue()));
        getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!syncing && now.intValue() >= 0) model.jumpTo(now.intValue());
        });
        if (model.walkthrough() != null) getItems().setAll(model.walkthrough().steps());
        select(model.index());
    }

    private void select(int index) {
        syncing = true;
        getSelectionModel().select(index);
        syncing = false;
        scrollTo(Math.max(0, index - 6));
    }

    private static final class StepCell extends ListCell<MicroStep> {
        @Override
        protected void updateItem(MicroStep step, boolean empty) {
            super.updateItem(step, empty);
            getStyleClass().removeIf(c -> c.startsWith("phase-"));
            if (empty || step == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(step.label());
            getStyleClass().add("phase-" + step.phase().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            setTooltip(new Tooltip((step.index() + 1) + ". " + step.title()));
        }
    }
}
