package backproplab.chart;

import backproplab.engine.Named;
import java.awt.Color;

/**
 * How the loss chart tells its curves apart. Both give every curve its own marker shape as well as
 * its colour, so a curve can be named in a greyscale print or by a colour-blind student.
 */
public enum Palette implements Named {
    /** Okabe–Ito colours, ordered so that the first curves differ in hue family and lightness. */
    COLOUR("Colour (colour-blind safe)", new Color(0x0072B2), new Color(0xE69F00), new Color(0x000000), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xD55E00), new Color(0x56B4E9), new Color(0xF0E442)),
    /** Black and a dark grey for handouts printed without colour: the markers carry the difference. */
    MONOCHROME("Black and white (print)", new Color(0x000000), new Color(0x606060));

    private final String displayName;
    private final Color[] colours;

    Palette(String displayName, Color... colours) {
        this.displayName = displayName;
        this.colours = colours;
    }

    public String displayName() {
        return displayName;
    }

    /** The name used in preferences and on the command line: colour, monochrome. */
    public String id() {
        return this == COLOUR ? "colour" : "monochrome";
    }

    /** The palette named {@code id}, or null. */
    public static Palette byId(String id) {
        return Named.byId(Palette.class, id);
    }

    /** The colour of curve {@code c}. */
    public Color colour(int c) {
        return colours[c % colours.length];
    }
}
