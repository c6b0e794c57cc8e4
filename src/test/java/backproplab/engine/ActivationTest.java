package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ActivationTest {
    private static double f(Activation a, double z) {
        return a.value(z, 0.1);
    }

    private static double df(Activation a, double z) {
        return a.derivative(z, a.value(z, 0.1), 0.1);
    }

    @Test
    void sigmoidIsStableForLargeInputs() {
        assertEquals(1.0, f(Activation.SIGMOID, 1000));
        assertEquals(0.0, f(Activation.SIGMOID, -1000));
        assertEquals(0.0, df(Activation.SIGMOID, 1000));
        assertEquals(0.0, df(Activation.SIGMOID, -1000));
        assertEquals(0.5, f(Activation.SIGMOID, 0));
        assertEquals(1 / (1 + Math.exp(-0.3775)), f(Activation.SIGMOID, 0.3775), 1e-16);
        assertEquals(1 / (1 + Math.exp(2.5)), f(Activation.SIGMOID, -2.5), 1e-16);
    }

    @Test
    void derivativesAtTheKinksAreExactlyAsSpecified() {
        assertEquals(0.0, df(Activation.RELU, 0));
        assertEquals(1.0, df(Activation.RELU, 1e-300));
        assertEquals(0.1, df(Activation.LEAKY_RELU, 0));
        assertEquals(1.0, df(Activation.HARDTANH, -1));
        assertEquals(1.0, df(Activation.HARDTANH, 1));
        assertEquals(0.0, df(Activation.HARDTANH, Math.nextUp(1.0)));
        assertEquals(0.0, df(Activation.HARDTANH, Math.nextDown(-1.0)));
    }

    @Test
    void valuesMatchTheSpecTable() {
        assertEquals(-1.0, f(Activation.HARDTANH, -3));
        assertEquals(0.25, f(Activation.HARDTANH, 0.25));
        assertEquals(-0.3, f(Activation.LEAKY_RELU, -3), 1e-15);
        assertEquals(0.75, f(Activation.SOFTSIGN, 3));
        assertEquals(1.0 / 16, df(Activation.SOFTSIGN, -3));
        assertEquals(1 - Math.tanh(0.7) * Math.tanh(0.7), df(Activation.TANH, 0.7), 1e-16);
        assertEquals(0.0, f(Activation.RELU, -2));
        assertEquals(1.0, df(Activation.IDENTITY, 42));
    }

    @Test
    void namesRoundTripAndUnknownNamesAreRejected() {
        for (Activation a : Activation.values()) assertEquals(a, Activation.fromId(a.id()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.fromId("swish"));
        assertEquals("unknown activation 'swish' (expected identity, sigmoid, tanh, hardtanh, softsign, relu or leaky-relu)",
                e.getMessage());
        assertEquals(Activation.LEAKY_RELU, Activation.fromId("Leaky-ReLU"), "in any case");
    }
}
