package backproplab.app.stepping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TexCanvasTest {
    @Test
    void scientificNumbersAreTypesetAsPowersOfTen() {
        assertEquals("z = 6.1281 \\times 10^{307}", TexCanvas.scientific("z = 6.1281e+307"));
        assertEquals("-1.2000 \\times 10^{7}", TexCanvas.scientific("-1.2000e+07"));
        assertEquals("3.0000 \\times 10^{-9}", TexCanvas.scientific("3.0000e-09"));
        assertEquals("\\sigma(0.3775) = 0.5933", TexCanvas.scientific("\\sigma(0.3775) = 0.5933"));
    }
}
