package backproplab.engine;

/**
 * One training example: the input x and its partner — the corrupt window x_c for the max-margin
 * loss, the target t for squared error. The arrays are not copied; treat them as read-only.
 */
public record Sample(double[] x, double[] partner) {}
