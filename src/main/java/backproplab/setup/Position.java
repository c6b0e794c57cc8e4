package backproplab.setup;

/**
 * Where the stepping view is: after {@code updates} updates of the network (one per example
 * shown before this one), at micro-step {@code step} of the current example. The example is
 * {@code updates} modulo the number of examples, since the lesson wraps around.
 */
public record Position(int updates, int step) {
    /** The first micro-step of the first example, from the initial weights. */
    public static final Position START = new Position(0, 0);

    public Position {
        if (updates < 0 || updates > Limits.UPDATES) {
            throw new IllegalArgumentException("position.updates must be from 0 to " + Limits.UPDATES + ", got " + updates);
        }
        if (step < 0) throw new IllegalArgumentException("position.microStep must not be negative, got " + step);
    }

    /** The same example, another micro-step. */
    public Position atStep(int newStep) {
        return new Position(updates, newStep);
    }

    /** The first micro-step of the next example. */
    public Position next() {
        return new Position(updates + 1, 0);
    }
}
