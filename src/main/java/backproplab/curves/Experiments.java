package backproplab.curves;

import backproplab.engine.Preprocessor;
import backproplab.setup.LessonSetup;
import backproplab.setup.Race;
import backproplab.walkthrough.Decimals;
import java.util.List;
import java.util.function.Function;

/** Names and defaults shared by the loss-curve tab and the headless {@code curves} command. */
public final class Experiments {
    public static final int DEFAULT_PNG_WIDTH = 1600, DEFAULT_PNG_HEIGHT = 1000;

    private Experiments() {}

    /** The chart title: network, data, loss and epochs, e.g. "4-2-1 network · 1-word windows · max-margin loss (Δ = 1) · 100 epochs". */
    public static String title(LessonSetup setup, ExperimentData data, int epochs) {
        String loss = setup.maxMargin()
                ? "max-margin loss (Δ = " + Decimals.plain(setup.margin()) + ")" : "squared-error loss";
        if (setup.l2() > 0) loss += ", L2 λ = " + Decimals.plain(setup.l2());
        return setup.shape() + " network · " + data.description() + " · " + loss + " · " + epochs + " epochs";
    }

    /**
     * The title of a race: as above for activations × optimizers; for a race of one trick, with the
     * activation and optimizer every curve shares and what is varied. The data named is the
     * unpreprocessed one when preprocessing is what is raced.
     */
    public static String title(LessonSetup setup, Function<CurveSpec, ExperimentData> data, List<CurveSpec> specs,
                               int epochs, Race race) {
        ExperimentData named = data.apply(race == Race.PREPROCESSING
                ? new CurveSpec(setup.hidden(), setup.optimizer(), null, Preprocessor.Kind.NONE, null) : specs.get(0));
        return title(setup, named, epochs) + Races.titleSuffix(race, setup.hidden(), setup.optimizer());
    }
}
