package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.engine.ParameterUpdate;
import backproplab.engine.Powers;
import backproplab.engine.Schedule;
import backproplab.setup.LessonSetup;
import org.junit.jupiter.api.Test;

/**
 * Every optimizer state, bias-corrected moment, effective rate and step the update step and the
 * hover cards show equals what the engine did, bit for bit, and the spec's formulas: all five
 * optimizers, with and without Adam's bias correction and fan-in scaling, over several updates.
 */
class OptimizerStateTest {
    private static final WordWindows DATA = WordWindows.bundled();

    @Test
    void theExplainedUpdateIsTheEnginesForEveryParameter() {
        int checked = 0;
        for (Type type : Type.values()) {
            for (boolean correction : new boolean[] {true, false}) {
                for (boolean fanIn : new boolean[] {false, true}) {
                    OptimizerSettings s = new OptimizerSettings(type, type == Type.ADAM || type == Type.RMSPROP ? 0.01 : 0.1, 0.9, 0.9,
                            0.9, 0.999, 1e-8, correction, fanIn, true, new Schedule.Exponential(0.05));
                    Lesson lesson = new Lesson(LessonSetup.classroom().withHiddenAndOptimizer(Activation.TANH, s), DATA);
                    for (int example = 0; example < 4; example++) {
                        for (MicroStep step : lesson.walkthrough().steps()) {
                            if (step.formula() instanceof UpdateFormula u) checked += check(u.update(), s);
                        }
                        lesson.nextExample();
                    }
                }
            }
        }
        assertTrue(checked > 1000, checked + " parameter updates checked");
    }

    private static int check(LayerUpdate u, OptimizerSettings s) {
        double alpha = s.schedule().rate(s.learningRate(), u.t());
        assertEquals(alpha, u.alpha(), 0.0, "α_t of the schedule");
        assertEquals(s.fanInScaling() ? alpha / Math.sqrt(u.fanIn()) : alpha, u.rate(), 0.0, "fan-in scaling divides by √n_k");
        int n = 0;
        for (int i = 0; i < u.biasesBefore().length; i++) {
            for (int j = 0; j < u.fanIn(); j++, n++) {
                ParameterUpdate p = u.weight(i, j);
                assertEquals(u.weightsAfter()[i * u.fanIn() + j], p.after(), 0.0, "θ after, as the engine left it");
                assertArrayEquals(u.weightStateAfter(i, j), p.stateAfter(), 0.0, "the optimizer's state after");
                spec(p, s, u.t());
            }
            ParameterUpdate b = u.bias(i);
            assertNotNull(b);
            assertEquals(u.biasesAfter()[i], b.after(), 0.0);
            assertArrayEquals(u.biasStateAfter(i), b.stateAfter(), 0.0);
            spec(b, s, u.t());
            n++;
        }
        return n;
    }

    /** The spec's formulas for the values shown (engine.md, "Optimizers"). */
    private static void spec(ParameterUpdate p, OptimizerSettings s, int t) {
        double g = p.gradient(), rate = p.rate();
        double[] before = p.stateBefore(), after = p.stateAfter();
        switch (s.type()) {
            case SGD -> assertEquals(rate * g, p.step(), 0.0);
            case MOMENTUM -> {
                assertEquals(s.momentum() * before[0] - rate * g, after[0], 0.0);
                assertEquals(-after[0], p.step(), 0.0);
            }
            case ADAGRAD -> {
                assertEquals(before[0] + g * g, after[0], 0.0);
                assertEquals(rate / (Math.sqrt(after[0]) + s.epsilon()), p.effectiveRate(), 0.0);
            }
            case RMSPROP -> {
                assertEquals(s.decay() * before[0] + (1 - s.decay()) * g * g, after[0], 0.0);
                assertEquals(rate / (Math.sqrt(after[0]) + s.epsilon()), p.effectiveRate(), 0.0);
            }
            case ADAM -> {
                assertEquals(s.beta1() * before[0] + (1 - s.beta1()) * g, after[0], 0.0);
                assertEquals(s.beta2() * before[1] + (1 - s.beta2()) * g * g, after[1], 0.0);
                double mHat = s.biasCorrection() ? after[0] / (1 - Powers.whole(s.beta1(), t + 1)) : after[0];
                double vHat = s.biasCorrection() ? after[1] / (1 - Powers.whole(s.beta2(), t + 1)) : after[1];
                assertEquals(mHat, p.mHat(), 0.0, "m̂");
                assertEquals(vHat, p.vHat(), 0.0, "v̂");
                assertEquals(rate * mHat / (Math.sqrt(vHat) + s.epsilon()), p.step(), 0.0, "α_t m̂ / (√v̂ + ε)");
            }
        }
        assertEquals(p.before() - p.step(), p.after(), Math.ulp(p.before()) * 4, "θ − step");
    }

    @Test
    void theFormulaAndTheCardSayTheStateAndTheRateInWords() {
        OptimizerSettings adam = new OptimizerSettings(Type.ADAM, 0.01, 0.9, 0.9, 0.9, 0.999, 1e-8, true, true, true, new Schedule.Constant());
        Lesson lesson = new Lesson(LessonSetup.classroom().withHiddenAndOptimizer(Activation.SIGMOID, adam), DATA);
        UpdateFormula w2 = lesson.walkthrough().steps().stream().map(MicroStep::formula).filter(f -> f instanceof UpdateFormula u && u.layer() == 1)
                .map(UpdateFormula.class::cast).findFirst().orElseThrow();
        Decimals d = new Decimals(4);
        String plain = w2.focusedOn(1, 0).render(d).plain();
        assertTrue(plain.startsWith("Adam, fan-in scaling on: rate α_t / √n_k = 0.0100 / √4 = 0.0050: W^(1)_21: "), plain);
        assertTrue(plain.contains("; m 0.0000 → ") && plain.contains(", m^ = ") && plain.contains("effective learning rate"), plain);
        String card = UpdateFormula.card(w2.update(), 0, -1, d);
        assertTrue(card.startsWith("\nAdam at update t = 0 (fan-in scaling on"), card);
        assertTrue(card.contains("\nm^ = ") && card.contains("(bias-corrected)") && card.contains("\nchange Δb = −rate·m^/(√v^+ε) = "), card);
    }

    /** The update formula of layer {@code k} in {@code lesson}'s walkthrough, focused on W^(k)_11. */
    private static UpdateFormula update(Lesson lesson, int k) {
        return lesson.walkthrough().steps().stream().map(MicroStep::formula).filter(f -> f instanceof UpdateFormula u && u.layer() == k)
                .map(UpdateFormula.class::cast).findFirst().orElseThrow();
    }

    /**
     * Adam's t on screen is the one the numbers use: the update index t (0-based, as the spec and
     * PyTorch count) with the bias correction written out as 1 − β^(t+1), its number substituted. The
     * formula once wrote 1 − β₁^t beside "t = 3" while the numbers used t + 1 = 4, and at t = 0 it
     * divided by 1 − β₁⁰ = 0.
     */
    @Test
    void adamsBiasCorrectionIsWrittenWithTheExponentItUses() {
        OptimizerSettings adam = OptimizerSettings.of(Type.ADAM, 0.01);
        Lesson lesson = new Lesson(LessonSetup.classroom().withHiddenAndOptimizer(Activation.SIGMOID, adam), DATA);
        Decimals d = new Decimals(4);
        for (int t = 0; t <= 3; t++) {
            UpdateFormula u = update(lesson, 2);
            assertEquals(t, u.update().t());
            ParameterUpdate p = u.focused();
            FormulaText text = u.render(d);
            assertTrue(text.symbolic().contains("\\hat m = \\frac{m}{1-\\beta_1^{t+1}}") && text.symbolic().contains("1-\\beta_2^{t+1}"),
                    text.symbolic());
            String mHat = "\\hat m = \\frac{" + d.format(p.stateAfter()[0]) + "}{1-0.9^{" + (t + 1) + "}} = " + d.format(p.mHat());
            String vHat = "\\hat v = \\frac{" + d.format(p.stateAfter()[1]) + "}{1-0.999^{" + (t + 1) + "}} = " + d.format(p.vHat());
            assertTrue(text.substituted().startsWith("t = " + t + ", \\; ") && text.substituted().contains(mHat)
                    && text.substituted().contains(vHat), text.substituted());
            assertEquals(p.stateAfter()[0] / (1 - Math.pow(0.9, t + 1)), p.mHat(), 1e-15, "the exponent written is the one used");
            assertTrue(text.plain().contains(", m^ = m/(1 − 0.9^" + (t + 1) + ") = " + d.format(p.mHat()))
                    && text.plain().contains(", v^ = v/(1 − 0.999^" + (t + 1) + ") = " + d.format(p.vHat())), text.plain());
            String card = UpdateFormula.card(u.update(), 0, 0, d);
            assertTrue(card.startsWith("\nAdam at update t = " + t + " (") && card.contains("\nm^ = m/(1 − 0.9^" + (t + 1) + ") = "
                    + d.format(p.mHat()) + ", v^ = v/(1 − 0.999^" + (t + 1) + ") = " + d.format(p.vHat()) + " (bias-corrected)"), card);
            lesson.nextExample();
        }
    }
}
