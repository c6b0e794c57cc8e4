package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every name of a parameter, in each rendering, from one place. */
class ParameterTest {
    @Test
    void aWeightIsNamedAlikeInEveryRenderingAndTwoDigitIndicesAreSeparated() {
        Parameter w14 = Parameter.weight(1, 0, 3);
        assertEquals("W^(1)_14", w14.name());
        assertEquals("W^{(1)}_{14}", w14.tex());
        assertEquals("W⁽¹⁾₁₄", w14.unicode());
        assertEquals("weight from unit 4 of layer 1 to unit 1 of layer 2", w14.spoken());
        Parameter w110 = Parameter.weight(1, 0, 9); // 20-8-1: the tenth input
        assertEquals("W^(1)_1,10", w110.name(), "not W^(1)_110, which reads as W_{11,0}");
        assertEquals("W^{(1)}_{1,10}", w110.tex());
        assertEquals("W⁽¹⁾₁,₁₀", w110.unicode());
        assertEquals("W^(12)_10,1", Parameter.weight(12, 9, 0).name());
    }

    @Test
    void aNetworksParametersComeInTheNotesOrder() {
        var all = Parameter.all(new int[] {4, 2, 1});
        assertEquals(13, all.size(), "4·2 + 2 + 2·1 + 1");
        assertEquals(List.of("W^(1)_11", "W^(1)_12", "W^(1)_13", "W^(1)_14", "b^(1)_1", "W^(1)_21"),
                all.subList(0, 6).stream().map(Parameter::name).toList());
        assertEquals("b^(2)_1", all.get(12).name());
    }

    @Test
    void aBiasHasOneIndexAndAWeightNeedsAColumn() {
        Parameter b = Parameter.bias(2, 0);
        assertEquals("b^(2)_1", b.name());
        assertEquals("b^{(2)}_{1}", b.tex());
        assertEquals("b⁽²⁾₁", b.unicode());
        assertEquals("bias of unit 1 of layer 3", b.spoken());
        assertEquals(b, new Parameter(2, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> Parameter.weight(1, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new Parameter(0, 0, 0));
    }
}
