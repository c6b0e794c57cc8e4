package backproplab.app.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What folds where: the right panel first, the middle keeps 40 em, and what folded for room opens again. */
class PanelLayoutTest {
    @Test
    void theRightPanelFoldsFirstAndOpensAgainWhenThereIsRoom() {
        PanelLayout layout = new PanelLayout();
        layout.fit(1366, 21, 330, 330); // 1366 − 40 × 21 = 526 px for panels: one of 330 fits, two do not
        assertFalse(layout.rightShownProperty().get());
        assertTrue(layout.leftShownProperty().get());
        layout.fit(1000, 21, 330, 330); // 160 px: neither
        assertFalse(layout.leftShownProperty().get());
        layout.fit(1920, 21, 330, 330); // 1080 px: both again
        assertTrue(layout.leftShownProperty().get() && layout.rightShownProperty().get());
    }

    @Test
    void whatThePersonFoldedStaysFoldedAndThePresentationLayoutHidesBoth() {
        PanelLayout layout = new PanelLayout();
        layout.toggleRight();
        layout.fit(1920, 15, 235, 235);
        assertFalse(layout.rightShownProperty().get(), "folded by the person, not for room");
        layout.togglePresentation();
        assertFalse(layout.leftShownProperty().get() || layout.rightShownProperty().get());
        layout.togglePresentation();
        assertTrue(layout.leftShownProperty().get());
        assertTrue(layout.leftOpenProperty().get() && !layout.rightOpenProperty().get(), "the panels as they were");
    }
}
