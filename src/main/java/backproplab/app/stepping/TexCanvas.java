package backproplab.app.stepping;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import org.jfree.fx.FXGraphics2D;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typeset LaTeX lines on a canvas (JLaTeXMath through FXGraphics2D), each line shrunk to fit
 * the width. The canvas is resized in {@link #layoutChildren} and repainted in one {@link #draw}.
 */
final class TexCanvas extends Region {
    private static final String[] FONTS = {
        "base/jlm_cmex10.ttf", "base/jlm_cmmi10.ttf", "base/jlm_cmmib10.ttf",
        "maths/jlm_cmsy10.ttf", "maths/jlm_cmbsy10.ttf", "maths/jlm_msam10.ttf", "maths/jlm_msbm10.ttf",
        "maths/jlm_special.ttf", "latin/jlm_cmr10.ttf", "latin/jlm_jlmr10.ttf", "latin/jlm_jlmi10.ttf",
    };
    private static boolean fontsLoaded;

    /** A formula line may be this many text lines tall (a matrix) before it is shrunk to fit. */
    private static final double MAX_LINES_TALL = 9;

    private final Canvas canvas = new Canvas();
    private double fontSize;
    private List<String> lines = List.of();

    private double zoom = 1;

    /**
     * Layout asks for the minimum and preferred heights and then draws, each typesetting the same
     * lines at the same size: the icons typeset for the current lines are kept, a few sizes each.
     */
    private final Map<String, Optional<TeXIcon>> typeset = new LinkedHashMap<>(64, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Optional<TeXIcon>> eldest) {
            return size() > 96;
        }
    };

    TexCanvas(double fontSize) {
        this.fontSize = fontSize;
        loadFonts();
        getChildren().add(canvas);
        getStyleClass().add("tex-canvas");
    }

    /**
     * FXGraphics2D draws JLaTeXMath's glyphs with JavaFX fonts, so the fonts inside the
     * jlatexmath jar must be registered once, or δ, ∘ and ′ come out as the wrong glyphs.
     */
    private static synchronized void loadFonts() {
        if (fontsLoaded) return;
        for (String name : FONTS) {
            try (InputStream in = TeXFormula.class.getResourceAsStream("/org/scilab/forge/jlatexmath/fonts/" + name)) {
                if (in != null) Font.loadFont(in, 10);
            } catch (IOException e) {
                // a missing optional font only degrades a glyph; the formula is still drawn
            }
        }
        fontsLoaded = true;
    }

    /** The size of the typeset text in px. */
    void setFontSize(double size) {
        fontSize = size;
        requestLayout();
        draw();
    }

    /**
     * Magnification for reading a large matrix: 1 fits every line to the width; above 1 the
     * lines keep their size × zoom, and the canvas grows (a scroll pane around it pans).
     */
    void setZoom(double newZoom) {
        zoom = newZoom;
        requestLayout();
        draw();
    }

    double zoom() {
        return zoom;
    }

    @Override
    protected double computePrefWidth(double height) {
        if (zoom <= 1) return super.computePrefWidth(height);
        double widest = 0;
        for (TeXIcon icon : icons(Double.MAX_VALUE, fontSize * zoom)) widest = Math.max(widest, icon.getIconWidth() + 16);
        return widest;
    }

    void setLines(List<String> latex) {
        lines = latex.stream().map(TexCanvas::scientific).toList();
        requestLayout(); // a matrix is taller than a line
        draw();
    }

    /** 6.1281e+307 → 6.1281 × 10^{307}: in math mode an "e+" would read as e plus 307. */
    static String scientific(String latex) {
        return latex.replaceAll("(\\d)e\\+?(-?)0*(\\d+)", "$1 \\\\times 10^{$2$3}");
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** Its height depends on its width: a line too wide is shrunk, and so takes less height. */
    @Override
    public Orientation getContentBias() {
        return zoom > 1 ? null : Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double total = 0;
        double size = fontSize * zoom;
        for (TeXIcon icon : icons(zoom > 1 ? Double.MAX_VALUE : width > 0 ? width : 800, size)) total += rowHeight(icon);
        double fitted = Math.max(total, fontSize * 2.4 * Math.max(1, lines.size()));
        return (zoom > 1 ? fitted : Math.min(fitted, fontSize * MAX_LINES_TALL)) + 8;
    }

    private double rowHeight(TeXIcon icon) {
        return Math.max(fontSize * 2.4, icon.getIconHeight() + fontSize * 0.6);
    }

    /** The lines typeset at {@code size}, each shrunk to fit {@code width}; unparseable lines are left out. */
    private List<TeXIcon> icons(double width, double size) {
        return fitted(lines, width, size, this::icon);
    }

    private void draw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (w <= 0 || h <= 0) return;
        FXGraphics2D g = new FXGraphics2D(canvas.getGraphicsContext2D());
        // Paint the background through the Graphics2D: FXGraphics2D caches its colour.
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, (int) Math.ceil(w), (int) Math.ceil(h));
        List<TeXIcon> icons = icons(zoom > 1 ? Double.MAX_VALUE : w, fontSize * zoom);
        double total = icons.stream().mapToDouble(this::rowHeight).sum();
        if (zoom <= 1 && total > h - 8 && total > 0) icons = icons(w, Math.max(7, fontSize * (h - 8) / total)); // a tall matrix: shrink to fit
        double y = 4;
        for (TeXIcon icon : icons) {
            double row = Math.min(rowHeight(icon), Math.max(icon.getIconHeight(), (h - 8) / icons.size()));
            icon.setInsets(new Insets(0, 0, 0, 0));
            icon.setForeground(Color.BLACK);
            int top = (int) (y + Math.max(0, (row - icon.getIconHeight()) / 2));
            icon.paintIcon(null, g, 8, top);
            y += row;
        }
    }

    private TeXIcon icon(String latex, float points) {
        return typeset.computeIfAbsent(points + "\u0000" + latex, key -> Optional.ofNullable(typeset(latex, points))).orElse(null);
    }

    /** The lines shown, as LaTeX. */
    List<String> lines() {
        return lines;
    }

    /** The size the lines are typeset at, in px. */
    double fontSize() {
        return fontSize;
    }

    /** How tall {@link #paint} draws {@code latex} in {@code width}. */
    static double paintedHeight(List<String> latex, double width, double size) {
        double total = 0;
        for (TeXIcon icon : fitted(latex, width, size, TexCanvas::typeset)) total += Math.max(size * 2.4, icon.getIconHeight() + size * 0.6);
        return total;
    }

    /**
     * Typesets {@code latex} into any Graphics2D (a picture for a handout), one line under the other
     * from y = 0, each shrunk to fit {@code width} as on screen.
     */
    static void paint(Graphics2D g, List<String> latex, double width, double size) {
        double y = 0;
        for (TeXIcon icon : fitted(latex, width, size, TexCanvas::typeset)) {
            double row = Math.max(size * 2.4, icon.getIconHeight() + size * 0.6);
            icon.setInsets(new Insets(0, 0, 0, 0));
            icon.setForeground(Color.BLACK);
            icon.paintIcon(null, g, 8, (int) (y + (row - icon.getIconHeight()) / 2));
            y += row;
        }
    }

    private static List<TeXIcon> fitted(List<String> latex, double width, double size,
                                        BiFunction<String, Float, TeXIcon> typeset) {
        List<TeXIcon> out = new ArrayList<>();
        for (String line : latex) {
            TeXIcon icon = typeset.apply(line, (float) size);
            if (icon != null && icon.getIconWidth() > width - 16) {
                icon = typeset.apply(line, (float) Math.max(9, size * (width - 16) / icon.getIconWidth()));
            }
            if (icon != null) out.add(icon);
        }
        return out;
    }

    private static TeXIcon typeset(String latex, float size) {
        try {
            return new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        } catch (RuntimeException e) { // a formula JLaTeXMath cannot parse: the plain line below still shows it
            return null;
        }
    }
}
