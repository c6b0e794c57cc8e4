package backproplab.app.curves;

import backproplab.curves.CurveRunner;
import backproplab.engine.Preprocessor;
import javafx.beans.value.ObservableBooleanValue;

/** Where the curves view gets what to train: the side panels' current, valid choices. */
public interface CurvePlanSource {
    /** The ticked pairs with the current settings; only called while {@link #ready()} is true. */
    CurveRunner.Plan plan();

    Preprocessor.Kind preprocessing();

    /** True when every field is valid and at least one activation and one optimizer are ticked. */
    ObservableBooleanValue ready();

    /** Why training cannot start now (shown next to Train), or an empty string. */
    javafx.beans.value.ObservableStringValue notReadyReason();
}
