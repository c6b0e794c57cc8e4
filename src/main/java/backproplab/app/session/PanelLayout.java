package backproplab.app.session;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Which side panels the window shows. The presentation layout gives the network and the formula the
 * whole window (F5, or View); besides it each panel can be folded by the person, and folds by itself
 * when the window is too narrow for it at the chosen text size (and opens again when there is room,
 * unless the person folded it). The loss-curve tab's table of lowest losses folds the same way when
 * the tab is too short for it and a readable chart. One model: the keys, the View menu, the fold
 * buttons and the window bind to it.
 */
public final class PanelLayout {
    /** The middle (network and formula) keeps at least this many ems of width before a panel folds by itself. */
    public static final double MIDDLE_EMS = 40;
    /** The loss-curve tab is at least this many ems high before its table opens by itself (below, the chart needs the room). */
    public static final double CURVES_TABLE_EMS = 40;

    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);
    private final BooleanProperty leftOpen = new SimpleBooleanProperty(this, "leftOpen", true);
    private final BooleanProperty rightOpen = new SimpleBooleanProperty(this, "rightOpen", true);
    private final BooleanBinding leftShown = leftOpen.and(presentation.not()), rightShown = rightOpen.and(presentation.not());
    private final BooleanProperty tableOpen = new SimpleBooleanProperty(this, "tableOpen", true);
    /** Folded by {@link #fit} or {@link #fitTable}, not by the person: it opens again when there is room. */
    private boolean leftFoldedForRoom, rightFoldedForRoom, tableFoldedForRoom;

    /** Network and formula only: no side panels and no display controls in the top bar. */
    public BooleanProperty presentationProperty() { return presentation; }

    /** The left panel (network, example, start and loss, training) is open, the person's or {@link #fit}'s choice. */
    public BooleanProperty leftOpenProperty() { return leftOpen; }

    /** The right panel (activations, optimizer) is open. */
    public BooleanProperty rightOpenProperty() { return rightOpen; }

    /** The left panel is on screen: open, and not in the presentation layout. */
    public BooleanBinding leftShownProperty() { return leftShown; }

    public BooleanBinding rightShownProperty() { return rightShown; }

    /** The loss-curve tab's table of each curve's lowest losses is open, the person's or {@link #fitTable}'s choice. */
    public BooleanProperty tableOpenProperty() { return tableOpen; }

    public void togglePresentation() { presentation.set(!presentation.get()); }

    /** The person folds or opens the left panel. */
    public void toggleLeft() {
        leftFoldedForRoom = false;
        leftOpen.set(!leftOpen.get());
    }

    public void toggleRight() {
        rightFoldedForRoom = false;
        rightOpen.set(!rightOpen.get());
    }

    /** The person folds or opens the loss-curve tab's table. */
    public void toggleTable() {
        tableFoldedForRoom = false;
        tableOpen.set(!tableOpen.get());
    }

    /**
     * Folds the loss-curve tab's table when the tab, {@code height} px high, is under {@link #CURVES_TABLE_EMS} ems at
     * {@code textSize} px, and opens it again once there is room, if it was folded for room.
     */
    public void fitTable(double height, double textSize) {
        boolean room = height >= CURVES_TABLE_EMS * textSize;
        if (tableFoldedForRoom && room) {
            tableFoldedForRoom = false;
            tableOpen.set(true);
        } else if (tableOpen.get() && !room) {
            tableFoldedForRoom = true;
            tableOpen.set(false);
        }
    }

    /**
     * Folds the panels a window {@code width} px wide has no room for — the right one first — so that the middle keeps
     * {@link #MIDDLE_EMS} ems at {@code textSize} px, and opens again those it folded once they fit.
     *
     * @param left  the left panel's width in px, open; {@code right} the right one's
     */
    public void fit(double width, double textSize, double left, double right) {
        double room = width - MIDDLE_EMS * textSize;
        if (leftFoldedForRoom && left + (rightOpen.get() ? right : 0) <= room) {
            leftFoldedForRoom = false;
            leftOpen.set(true);
        }
        if (rightFoldedForRoom && right + (leftOpen.get() ? left : 0) <= room) {
            rightFoldedForRoom = false;
            rightOpen.set(true);
        }
        if (rightOpen.get() && right + (leftOpen.get() ? left : 0) > room) {
            rightFoldedForRoom = true;
            rightOpen.set(false);
        }
        if (leftOpen.get() && left > room) {
            leftFoldedForRoom = true;
            leftOpen.set(false);
        }
    }
}
