package backproplab.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backproplab.engine.OptimizerSettings.Type;
import org.junit.jupiter.api.Test;

/** A preset sets everything it names: back from Mazur's example, SGD has its own α again. */
class PresetTest {
    @Test
    void backFromMazurTheClassroomHasItsOwnLearningRate() {
        Setup mazur = Setup.classroom().withPreset(Preset.MAZUR);
        assertEquals(0.5, mazur.rate(Type.SGD), 0.0, "Mazur's α");
        for (Preset p : new Preset[] {Preset.CLASSROOM, Preset.WINDOW, Preset.CUSTOM}) {
            assertEquals(Setup.defaultLearningRate(Type.SGD), mazur.withPreset(p).rate(Type.SGD), 0.0, p + " after Mazur");
        }
        Setup mine = Setup.classroom().with(b -> b.rates[Type.SGD.ordinal()] = 0.3);
        assertEquals(0.3, mine.withPreset(Preset.WINDOW).rate(Type.SGD), 0.0, "a teacher's own α stays between the other presets");
    }
}
