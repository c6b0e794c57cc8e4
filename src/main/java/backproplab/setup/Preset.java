package backproplab.setup;

import java.util.Arrays;
import java.util.Locale;

/** The networks a teacher picks from, with the name a scenario file gives them. */
public enum Preset {
    CLASSROOM("classroom", "4-2-1 · one word"),
    WINDOW("window", "20-8-1 · 5 words"),
    MAZUR("mazur", "2-2-2 · Mazur"),
    CUSTOM("custom", "Custom sizes");

    private final String id, title;

    Preset(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** True if a network of {@code layers} is this preset's shape (any shape is custom). */
    public boolean fits(int[] layers) {
        return switch (this) {
            case CLASSROOM -> Arrays.equals(layers, new int[] {4, 2, 1});
            case WINDOW -> Arrays.equals(layers, new int[] {20, 8, 1});
            case MAZUR -> Arrays.equals(layers, new int[] {2, 2, 2});
            case CUSTOM -> true;
        };
    }

    /** The name in scenario files, e.g. {@code mazur}. */
    public String id() {
        return id;
    }

    public static Preset fromId(String id) {
        for (Preset p : values()) {
            if (p.id.equals(id.toLowerCase(Locale.ROOT))) return p;
        }
        throw new IllegalArgumentException("unknown preset '" + id + "' (expected classroom, window, mazur or custom)");
    }

    /** The name in the preset list. */
    @Override
    public String toString() {
        return title;
    }
}
