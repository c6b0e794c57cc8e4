package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void fixedDecimalsEverywhere() {
        Decimals d = new Decimals(4);
        assertEquals("0.3775", d.format(0.37749999));
        assertEquals("-0.0381", d.format(-0.03809823651655623));
        assertEquals("0.0000", d.format(-0.0), "no negative zero");
        assertEquals("0.0000", d.format(0));
        assertEquals("(-1.0000)", d.operand(-1));
        assertEquals("0.35891648", new Decimals(8).format(0.35891647971788465));
        assertEquals("2", new Decimals(0).format(1.7));
    }

    /** Below the last decimal shown a value is not rounded away: Adam's v of 2.6e-5 at 4 decimals was "0.0000". */
    @Test
    void aValueBelowTheLastDecimalKeepsItsDigits() {
        Decimals d = new Decimals(4);
        assertEquals("2.6123e-05", d.format(0.000026123));
        assertEquals("-1.0000e-05", d.format(-0.00001));
        assertEquals("(-1.0000e-05)", d.operand(-0.00001));
        assertEquals("0.0001", d.format(0.0001), "the last decimal itself is shown as a decimal");
        assertEquals("9.9990e-05", d.format(0.00009999));
        assertEquals("1.2346e-300", d.format(1.23456e-300));
        assertEquals("0.00002612", new Decimals(8).format(0.000026123), "more decimals, plain again");
        assertEquals("4e-01", new Decimals(0).format(0.37));
    }

    @Test
    void specialValuesStayShort() {
        Decimals d = new Decimals(4);
        assertEquals("–", d.format(Double.NaN));
        assertEquals("∞", d.format(Double.POSITIVE_INFINITY));
        assertEquals("6.1281e+306", d.format(6.12814731696862e306));
        assertEquals("-1.2000e+07", d.format(-1.2e7));
        assertEquals("9999999.0000", d.format(9_999_999));
        assertThrows(IllegalArgumentException.class, () -> new Decimals(13));
    }
}
