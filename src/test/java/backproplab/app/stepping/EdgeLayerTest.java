package backproplab.app.stepping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import backproplab.engine.Parameter;
import java.util.HashSet;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.Test;

/** The edges as a few paths: every edge drawn once in its look, and found again under the pointer. */
class EdgeLayerTest {
    private static final int[] LAYERS = {4, 2, 1};
    private static final NetworkGeometry AT = new NetworkGeometry(LAYERS, 600, 400, 40, 40);

    @Test
    void everyEdgeIsOneSegmentOfThePathOfItsLook() {
        EdgeLayer edges = new EdgeLayer();
        edges.reshape(LAYERS);
        for (Parameter p : Parameter.all(LAYERS)) {
            boolean negative = p.row() == 0, dimmed = p.layer() == 2;
            edges.look(p.layer(), p.row(), p.column(), negative, dimmed, p.column() < 0 ? 6 : 1.1);
        }
        edges.restyle();
        edges.draw(AT);
        int segments = 0;
        Set<String> looks = new HashSet<>();
        for (var node : edges.getChildren()) {
            if (!(node instanceof Path path)) continue;
            segments += path.getElements().size() / 2;
            var states = path.getPseudoClassStates();
            looks.add((states.contains(PseudoClass.getPseudoClass("negative")) ? "negative " : "")
                    + (states.contains(PseudoClass.getPseudoClass("dimmed")) ? "dimmed " : "") + path.getStrokeWidth());
        }
        assertEquals(Parameter.all(LAYERS).size(), segments, "15 edges (12 weights, 3 biases), each drawn once");
        // layer 1: row 1 negative, row 2 positive; layer 2 (one row, negative) dimmed; biases 6 px wide, weights 1.1 → 1.0
        assertEquals(Set.of("negative 1.0", "negative 6.0", "1.0", "6.0", "negative dimmed 1.0", "negative dimmed 6.0"), looks);
    }

    @Test
    void thePointerFindsTheEdgeItIsOnAndTheChosenOneIsMarked() {
        EdgeLayer edges = new EdgeLayer();
        edges.reshape(LAYERS);
        for (Parameter p : Parameter.all(LAYERS)) edges.look(p.layer(), p.row(), p.column(), false, false, 2);
        edges.restyle();
        assertNull(edges.spot(Parameter.weight(1, 0, 0)), "nothing to point at before the first draw");
        edges.draw(AT);
        for (Parameter p : Parameter.all(LAYERS)) {
            Point2D at = edges.spot(p);
            assertEquals(p, edges.nearest(at.getX(), at.getY(), 5), p.name());
            assertEquals(p, edges.nearest(Math.round(at.getX()), Math.round(at.getY()), 5), p.name() + " at whole pixels");
        }
        Point2D unit = AT.unit(2, 0);
        assertNull(edges.nearest(AT.unit(1, 0).getX() - 30, unit.getY(), 5), "left of the inputs no edge is in reach");
        edges.choose(Parameter.weight(2, 0, 1));
        edges.draw(AT);
        Line chosen = edges.getChildren().stream().filter(n -> n instanceof Line l && l.isVisible()
                && l.getStyleClass().contains("edge")).map(n -> (Line) n).findFirst().orElseThrow();
        assertEquals(AT.unit(2, 1), new Point2D(chosen.getStartX(), chosen.getStartY()), "from unit 2 of layer 2");
        assertEquals(AT.unit(3, 0), new Point2D(chosen.getEndX(), chosen.getEndY()), "to the output");
    }
}
