package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backproplab.chart.Palette;
import backproplab.setup.Preset;
import backproplab.setup.Race;
import org.junit.jupiter.api.Test;

/** Every named choice reads its own ids back, in any case, and a wrong name lists the right ones. */
class NamedTest {
    @Test
    void everyChoiceReadsItsIdsBackAndAWrongNameListsThem() {
        for (OptimizerSettings.Type t : OptimizerSettings.Type.values()) assertEquals(t, OptimizerSettings.Type.fromId(t.id().toUpperCase()));
        for (Schedule.Kind k : Schedule.Kind.values()) assertEquals(k, Schedule.Kind.fromId(k.id()));
        for (Loss.Kind k : Loss.Kind.values()) assertEquals(k, Loss.Kind.fromId(k.id()));
        for (Preprocessor.Kind k : Preprocessor.Kind.values()) assertEquals(k, Preprocessor.Kind.fromId(k.id()));
        for (Initialization i : Initialization.values()) assertEquals(i, Initialization.fromId(i.id()));
        for (Preset p : Preset.values()) assertEquals(p, Preset.fromId(p.id()));
        assertEquals("unknown optimizer 'lbfgs' (expected sgd, momentum, adagrad, rmsprop or adam)",
                assertThrows(IllegalArgumentException.class, () -> OptimizerSettings.Type.fromId("lbfgs")).getMessage());
        assertEquals("unknown loss 'hinge' (expected max-margin or squared-error)",
                assertThrows(IllegalArgumentException.class, () -> Loss.Kind.fromId("hinge")).getMessage());
        assertEquals("unknown race 'speed' (expected pairs, schedule, init, preprocessing or fan-in)",
                assertThrows(IllegalArgumentException.class, () -> Race.fromId("speed")).getMessage());
        assertEquals(Palette.MONOCHROME, Palette.byId("Monochrome"));
        assertNull(Palette.byId("sepia"), "a stale preference is no choice, not an error");
        assertNull(Palette.byId(null));
    }
}
