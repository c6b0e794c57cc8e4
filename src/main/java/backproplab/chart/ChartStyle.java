package backproplab.chart;

/**
 * How the loss chart looks, one value for the screen and every export: the palette, the bold look of
 * the high-contrast theme, a log scale, whether the validation lines show, and how much larger than
 * its design the text is set (the window's text size).
 */
public record ChartStyle(Palette palette, boolean bold, boolean logScale, boolean showValidation, double fontScale) {
    /** Colour, normal weight, linear axis, validation shown, text at its design size. */
    public static final ChartStyle DEFAULT = new ChartStyle(Palette.COLOUR, false, false, true, 1);

    public ChartStyle {
        if (palette == null) throw new IllegalArgumentException("palette is required");
        fontScale = Math.max(0.5, Math.min(3, fontScale));
    }
}
