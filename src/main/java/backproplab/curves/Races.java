package backproplab.curves;

import backproplab.engine.Activation;
import backproplab.engine.Initialization;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Preprocessor;
import backproplab.engine.Schedule;
import backproplab.setup.Race;
import backproplab.setup.ScheduleChoice;
import backproplab.walkthrough.Decimals;
import java.util.ArrayList;
import java.util.List;

/** The curves of a race of one trick ({@link Race}), and how a chart names them. */
public final class Races {
    private Races() {}

    /**
     * The curves of a race of one trick for {@code hidden} with {@code optimizer}; the schedules take
     * their parameters from {@code schedules}. Not for {@link Race#PAIRS}, whose curves are the ticked pairs.
     */
    public static List<CurveSpec> variants(Race race, Activation hidden, OptimizerSettings optimizer, ScheduleChoice schedules) {
        List<CurveSpec> specs = new ArrayList<>();
        switch (race) {
            case PAIRS -> throw new IllegalStateException("the pairs race is made of the ticked activations and optimizers");
            case SCHEDULES -> {
                for (Schedule.Kind kind : Schedule.Kind.values()) {
                    ScheduleChoice c = new ScheduleChoice(kind, schedules.factor(), schedules.every(), schedules.k(), schedules.tau());
                    specs.add(new CurveSpec(hidden, optimizer.withSchedule(c.schedule()), null, null, scheduleName(c)));
                }
            }
            case INITIALISATIONS -> {
                for (Initialization init : Initialization.values()) specs.add(new CurveSpec(hidden, optimizer, init, null, init.displayName()));
            }
            case PREPROCESSING -> {
                for (Preprocessor.Kind kind : Preprocessor.Kind.values()) {
                    specs.add(new CurveSpec(hidden, optimizer, null, kind, kind == Preprocessor.Kind.NONE ? "no preprocessing" : kind.displayName()));
                }
            }
            case FAN_IN -> {
                specs.add(new CurveSpec(hidden, optimizer.withFanInScaling(false), null, null, "fan-in scaling off (α)"));
                specs.add(new CurveSpec(hidden, optimizer.withFanInScaling(true), null, null, "fan-in scaling on (α / √n_k)"));
            }
        }
        return specs;
    }

    /** "step (× 0.5 every 50)" and the like: the schedule with the parameters it runs with. */
    static String scheduleName(ScheduleChoice c) {
        return switch (c.kind()) {
            case CONSTANT -> "constant α";
            case STEP -> "step (× " + Decimals.plain(c.factor()) + " every " + c.every() + ")";
            case EXPONENTIAL -> "exponential (k = " + Decimals.plain(c.k()) + ")";
            case INVERSE -> "1/t (τ = " + Decimals.plain(c.tau()) + ")";
        };
    }

    /** What the chart's title adds for a race of one trick: "sigmoid · SGD (α = 0.1) · racing initialisations". */
    public static String titleSuffix(Race race, Activation hidden, OptimizerSettings optimizer) {
        return race == Race.PAIRS ? "" : " · " + hidden.displayName() + " · " + optimizer.type().displayName() + " (α = "
                + Decimals.plain(optimizer.learningRate()) + ") · racing " + race.displayName();
    }
}
