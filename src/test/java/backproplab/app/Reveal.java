package backproplab.app;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;

/** Scrolls a side panel so that a control can be clicked, as a person would. */
final class Reveal {
    private Reveal() {}

    static void reveal(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) parent = parent.getParent();
        if (parent == null) return;
        ScrollPane scroll = (ScrollPane) parent;
        robot.interact(() -> {
            double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
            double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double viewport = scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / Math.max(1, contentHeight - viewport))));
        });
    }
}
