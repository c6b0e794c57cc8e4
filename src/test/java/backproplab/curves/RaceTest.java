package backproplab.curves;

import backproplab.setup.Race;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.Initialization;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Preprocessor;
import backproplab.engine.Schedule;
import backproplab.setup.LessonSetup;
import backproplab.setup.ScheduleChoice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A race of one trick: one curve per variant, everything else identical. */
class RaceTest {
    private static final OptimizerSettings SGD = OptimizerSettings.of(OptimizerSettings.Type.SGD, 0.1);

    private static List<Curve> run(Race race, int epochs) throws Exception {
        LessonSetup base = LessonSetup.classroom().withHiddenAndOptimizer(Activation.RELU, SGD);
        List<CurveSpec> specs = Races.variants(race, Activation.RELU, SGD, ScheduleChoice.DEFAULT);
        var data = ExperimentData.forCurves(base, WordWindows.bundled(), Preprocessor.Kind.NONE, specs);
        return CurveRunner.run(new CurveRunner.Plan(base, specs, epochs, 1), data, (c, e, t, v) -> { }, () -> false);
    }

    @Test
    void eachRaceVariesOneTrickAndNamesIt() {
        var schedules = Races.variants(Race.SCHEDULES, Activation.TANH, SGD, ScheduleChoice.DEFAULT);
        assertEquals(List.of("constant α", "step (× 0.5 every 50)", "exponential (k = 0.01)", "1/t (τ = 20)"),
                schedules.stream().map(CurveSpec::label).toList());
        assertEquals(List.of(Schedule.Kind.CONSTANT, Schedule.Kind.STEP, Schedule.Kind.EXPONENTIAL, Schedule.Kind.INVERSE),
                schedules.stream().map(s -> s.optimizer().schedule().kind()).toList());
        for (CurveSpec s : schedules) {
            assertEquals(Activation.TANH, s.hidden());
            assertEquals(0.1, s.optimizer().learningRate(), 0.0, "the same α₀ for every schedule");
        }
        assertEquals(List.of(Initialization.values()), Races.variants(Race.INITIALISATIONS, Activation.TANH, SGD, ScheduleChoice.DEFAULT)
                .stream().map(CurveSpec::init).toList());
        assertEquals(List.of(Preprocessor.Kind.values()), Races.variants(Race.PREPROCESSING, Activation.TANH, SGD, ScheduleChoice.DEFAULT)
                .stream().map(CurveSpec::preprocessing).toList());
        assertEquals(List.of(false, true), Races.variants(Race.FAN_IN, Activation.TANH, SGD, ScheduleChoice.DEFAULT)
                .stream().map(s -> s.optimizer().fanInScaling()).toList());
        assertThrows(IllegalStateException.class, () -> Races.variants(Race.PAIRS, Activation.TANH, SGD, ScheduleChoice.DEFAULT));
        assertEquals(Race.FAN_IN, Race.fromId("fan-in"));
        assertThrows(IllegalArgumentException.class, () -> Race.fromId("speed"));
    }

    @Test
    void theVariantsStartAlikeWhereTheyShouldAndPartWhereTheTrickActs() throws Exception {
        // Schedules and fan-in share the initial weights and data: their first epoch starts from the same point,
        // so a constant α and the 1/t schedule (flat for τ = 20 updates) give the same first update.
        List<Curve> schedules = run(Race.SCHEDULES, 3);
        assertNotEquals(schedules.get(0).training()[3], schedules.get(1).training()[3], "step has halved α by epoch 3");
        List<Curve> inits = run(Race.INITIALISATIONS, 1);
        assertNotEquals(inits.get(0).training()[1], inits.get(1).training()[1], "other initial weights, another loss");
        List<Curve> prep = run(Race.PREPROCESSING, 1);
        assertEquals(4, prep.size());
        assertNotEquals(prep.get(0).training()[1], prep.get(3).training()[1], "whitened inputs, another loss");
        List<Curve> fanIn = run(Race.FAN_IN, 2);
        assertNotEquals(fanIn.get(0).training()[2], fanIn.get(1).training()[2], "α / √n_k changes the steps");
        assertTrue(fanIn.stream().allMatch(c -> c.epochs() == 2));
    }
}
