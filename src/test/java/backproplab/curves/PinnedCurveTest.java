package backproplab.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Preprocessor;
import backproplab.setup.LessonSetup;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One seed draws the same curve on every machine, to the bit. The curve pinned here amplifies
 * rounding: tanh hidden units with momentum (μ = 0.9, α = 0.05) at batch 1 on the notes' 4-2-1
 * lesson, 200 epochs; moving one starting weight by one ulp moves it by about 3e-2 within 13
 * epochs. If a JVM, a processor or a change in the engine computes any step differently, CI says
 * so here. The expected bits were written by this test with {@code -Dpinned.write=true}; rewrite
 * them only for an intended change of the numbers, and say so in the commit.
 */
class PinnedCurveTest {
    private static final String FILE = "pinned/tanh-momentum-classroom-200.txt";

    private static Curve curve() throws InterruptedException {
        LessonSetup base = LessonSetup.classroom();
        ExperimentData data = ExperimentData.build(base, WordWindows.bundled(), Preprocessor.Kind.NONE);
        CurveSpec spec = new CurveSpec(Activation.TANH, OptimizerSettings.of(OptimizerSettings.Type.MOMENTUM, 0.05));
        return CurveRunner.run(new CurveRunner.Plan(base, List.of(spec), 200, 1), data, (c, e, t, v) -> { }, () -> false).get(0);
    }

    /** One line per epoch: the epoch, then the training and validation loss as the bits of the double and as decimals. */
    private static String lines(Curve c) {
        StringBuilder out = new StringBuilder("# epoch training-bits validation-bits training validation (PinnedCurveTest)\n");
        for (int e = 1; e <= c.epochs(); e++) {
            out.append(e).append(' ').append(Long.toHexString(Double.doubleToRawLongBits(c.training()[e]))).append(' ')
                    .append(Long.toHexString(Double.doubleToRawLongBits(c.validation()[e]))).append(' ').append(c.training()[e]).append(' ')
                    .append(c.validation()[e]).append('\n');
        }
        return out.toString();
    }

    @Test
    void aCurveThatAmplifiesRoundingHasTheSameBitsEverywhere() throws Exception {
        String actual = lines(curve());
        if (Boolean.getBoolean("pinned.write")) Files.writeString(Path.of("src/test/resources", FILE), actual);
        String expected;
        try (InputStream in = PinnedCurveTest.class.getResourceAsStream("/" + FILE)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] want = expected.split("\n"), got = actual.split("\n");
        assertEquals(want.length, got.length, "epochs");
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], "the first epoch that differs");
    }
}
