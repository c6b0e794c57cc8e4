package backproplab.app.stepping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TexCanvasTest {
    @Test
    void scientificNumbersAreTypesetAsPowersOfTen() {
        assertEquals("z = 6.1281 \\times 10^{307}", TexCanvas.scientific("z = 6.1281e+307"));
        assertEquals("-1.2000 \\times 10^{7}", TexCanvas.scientific("-1.2000e+07"));
        assertEquals("3.0000 \\times 10^{-9}", TexCanvas.scientific("3.0000e-09"));
        assertEquals("\\sigma(0.3775) = 0.5933", TexCanvas.scientific("\\sigma(0.3775) = 0.5933"));
    }

    @Test
    void aLineBreaksOnlyOutsideItsGroups() {
        assertEquals(List.of("z", " = a", " + \\frac{b + c}{2}", " = 3"), TexCanvas.parts("z = a + \\frac{b + c}{2} = 3"));
        assertEquals(List.of("x", " = \\left[1 + 2, 3\\right]", ", \\quad y", " = 4"), TexCanvas.parts("x = \\left[1 + 2, 3\\right], \\quad y = 4"),
                "not inside \\left … \\right, and a new formula after \\quad");
        assertEquals(List.of("W \\leftarrow W", " - \\alpha g"), TexCanvas.parts("W \\leftarrow W - \\alpha g"), "\\leftarrow is no \\left");
    }

    /** A line of two formulas too wide for the room is cut between them first, not at the second one's "=". */
    @Test
    void aLineTooWideWrapsBetweenItsFormulasFirst() {
        String first = "z^{(2)}_{2} = W^{(1)}_{21} a^{(1)}_{1} + W^{(1)}_{22} a^{(1)}_{2} + b^{(1)}_{2}", second = "a^{(2)}_{2} = \\sigma(z^{(2)}_{2})";
        String line = first + ", \\quad " + second;
        double wide = TexCanvas.typeset(line, 20f).getIconWidth(), firstWide = TexCanvas.typeset(first, 20f).getIconWidth();
        assertEquals(List.of(first, second), TexCanvas.wrapped(line, wide - 1, 20, TexCanvas::typeset), "one pixel short");
        assertEquals(List.of(first, second), TexCanvas.wrapped(line, firstWide + 1, 20, TexCanvas::typeset), "the first just fits");
        assertEquals(3, TexCanvas.wrapped(line, firstWide - 1, 20, TexCanvas::typeset).size(), "the first wraps within itself too");
    }
}
