package backproplab.setup;

import backproplab.engine.Named;
import java.util.Arrays;

/**
 * The networks a teacher picks from, each with its shape (the one place the presets' shapes are
 * written), its name in a scenario file and its name in the preset list.
 */
public enum Preset implements Named {
    CLASSROOM("classroom", "4-2-1 · one word", 4, 2, 1),
    WINDOW("window", "20-8-1 · 5 words", 20, 8, 1),
    MAZUR("mazur", "2-2-2 · Mazur", 2, 2, 2),
    /** Any shape; choosing it starts from 4-3-3-1. */
    CUSTOM("custom", "Custom sizes", 4, 3, 3, 1);

    private final String id, title;
    private final int[] layers;

    Preset(String id, String title, int... layers) {
        this.id = id;
        this.title = title;
        this.layers = layers;
    }

    /** The preset's layer sizes (for custom, the shape it starts from). */
    public int[] layers() {
        return layers.clone();
    }

    /** True if a network of {@code layers} is this preset's shape (any shape is custom). */
    public boolean fits(int[] layers) {
        return this == CUSTOM || Arrays.equals(this.layers, layers);
    }

    /**
     * The network for word windows of {@code words} words: 1 is the classroom's 4-2-1, 5 the window
     * preset's 20-8-1, and 3 the custom 12-4-1 between them.
     */
    public static int[] windowLayers(int words) {
        return switch (words) {
            case 1 -> CLASSROOM.layers();
            case 3 -> new int[] {12, 4, 1};
            case 5 -> WINDOW.layers();
            default -> throw new IllegalArgumentException("the window size must be 1, 3 or 5, got " + words);
        };
    }

    /** The name in scenario files, e.g. {@code mazur}. */
    @Override
    public String id() {
        return id;
    }

    /** The name in the preset list, e.g. {@code 2-2-2 · Mazur}. */
    @Override
    public String displayName() {
        return title;
    }

    public static Preset fromId(String id) {
        return Named.fromId(Preset.class, "preset", id);
    }

    @Override
    public String toString() {
        return title;
    }
}
