package backproplab.chart;

import java.util.Set;

/**
 * How the loss chart looks, one value for the screen and every export: the palette, the bold look of
 * the high-contrast theme, a log scale, whether the validation lines show, how much larger than its
 * design the text is set (the window's text size), whether the training lines carry markers, and
 * which curves (by index) are hidden: their legend entry stays, greyed, and the loss axis fits the rest.
 */
public record ChartStyle(Palette palette, boolean bold, boolean logScale, boolean showValidation, double fontScale, boolean markers,
                         Set<Integer> hidden) {
    /** Colour, normal weight, linear axis, validation shown, text at its design size, markers, every curve. */
    public static final ChartStyle DEFAULT = new ChartStyle(Palette.COLOUR, false, false, true, 1, true, Set.of());

    public ChartStyle {
        if (palette == null) throw new IllegalArgumentException("palette is required");
        fontScale = Math.max(0.5, Math.min(3, fontScale));
        hidden = Set.copyOf(hidden);
    }
}
