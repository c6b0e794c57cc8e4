package backproplab.curves;

import backproplab.setup.LessonSetup;
import backproplab.walkthrough.Decimals;

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
}
