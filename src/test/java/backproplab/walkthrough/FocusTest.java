package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a micro-step highlights: forward uses incoming edges, backward outgoing, an update the whole layer. */
class FocusTest {
    @Test
    void forwardUsesTheIncomingEdgesAndBias() {
        Focus f = Focus.unit(2, 1, Focus.Edges.INCOMING); // unit 2 of layer 2
        assertTrue(f.usesEdge(1, 1, 3), "W^(1)_24 feeds it");
        assertTrue(f.usesEdge(1, 1, -1), "so does b^(1)_2");
        assertFalse(f.usesEdge(1, 0, 3), "W^(1)_14 feeds the other unit");
        assertFalse(f.usesEdge(2, 0, 1), "its outgoing edge is not used going forward");
        assertTrue(f.usesUnit(1, 3) && f.usesUnit(2, 1) && !f.usesUnit(2, 0) && !f.usesUnit(3, 0));
        assertTrue(f.usesBias(1) && !f.usesBias(2));
    }

    @Test
    void backwardUsesTheOutgoingEdges() {
        Focus f = Focus.unit(2, 0, Focus.Edges.OUTGOING);
        assertTrue(f.usesEdge(2, 0, 0), "W^(2)_11 carries δ^(3)_1 back");
        assertFalse(f.usesEdge(2, 0, 1));
        assertFalse(f.usesEdge(1, 0, 0));
        assertTrue(f.usesUnit(3, 0) && f.usesUnit(2, 0) && !f.usesUnit(1, 0));
    }

    @Test
    void anUpdateUsesTheWholeLayer() {
        Focus f = Focus.wholeLayer(1, Focus.Edges.LAYER);
        assertTrue(f.usesEdge(1, 1, 2) && f.usesEdge(1, 0, -1) && !f.usesEdge(2, 0, 0));
        assertTrue(f.usesUnit(1, 3) && f.usesUnit(2, 1) && !f.usesUnit(3, 0));
        assertTrue(f.usesBias(1) && !f.usesBias(2));
    }
}
