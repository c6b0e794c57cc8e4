package backproplab.walkthrough;

import backproplab.engine.Preprocessor;
import backproplab.engine.Sample;

/** The raw inputs of an example the stepping view shows preprocessed, and the preprocessing. */
public record RawInputs(Sample sample, Preprocessor.Kind kind) {}
