package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backproplab.walkthrough.Indices.Place;
import backproplab.walkthrough.Indices.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notes' indices in plain text become raised and lowered runs; words stay words. */
class IndicesTest {
    @Test
    void indicesAreRaisedAndLowered() {
        assertEquals(List.of(new Run("The inputs: a", Place.BASE), new Run("(1)", Place.RAISED), new Run(" = x and x", Place.BASE),
                new Run("c", Place.LOWERED)), Indices.runs("The inputs: a^(1) = x and x_c"));
        assertEquals(List.of(new Run("∂J/∂W", Place.BASE), new Run("(1)", Place.RAISED), new Run("1,10", Place.LOWERED),
                new Run(" = ?", Place.BASE)), Indices.runs("∂J/∂W^(1)_1,10 = ?"), "a two-digit index stays whole");
        assertEquals(List.of(new Run("z", Place.BASE), new Run("(2)", Place.RAISED), new Run("1", Place.LOWERED),
                new Run(", g", Place.BASE), new Run("2", Place.RAISED)), Indices.runs("z^(2)_1, g^2"));
        assertEquals(List.of(new Run("Which way the error points", Place.BASE)), Indices.runs("Which way the error points"));
        assertEquals(List.of(), Indices.runs(""));
        assertEquals(List.of(new Run("m^ = 0.1", Place.BASE)), Indices.runs("m^ = 0.1"), "a hat written m^ is no index");
    }

    @Test
    void oneLineOfUnicodeWhereOnlyAStringFits() {
        assertEquals("row 1 of ∇W⁽¹⁾ = δ⁽²⁾ a⁽¹⁾ᵀ", Indices.unicode("row 1 of ∇W^(1) = δ^(2) a^(1)ᵀ"));
        assertEquals("W⁽¹⁾₁,₁₀ and z⁽²⁾₁", Indices.unicode("W^(1)_1,10 and z^(2)_1"));
        assertEquals("a⁽¹⁾ = x and x_c", Indices.unicode("a^(1) = x and x_c"), "Unicode has no subscript c: it stays as written");
    }
}
