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
 * Typeset LaTeX lines on a canvas (JLaTeXMath through FXGraphics2D). A line too wide for the width
 * wraps at a top-level "=", "+", "−" or between formulas; a piece still too wide is shrunk, never
 * below the window's text size. The canvas is resized in {@link #layoutChildren} and repainted in
 * one {@link #draw}.
 */
final class TexCanvas extends Region {
    private static final String[] FONTS = {
        "base/jlm_cmex10.ttf", "base/jlm_cmmi10.ttf", "base/jlm_cmmib10.ttf",
        "maths/jlm_cmsy10.ttf", "maths/jlm_cmbsy10.ttf", "maths/jlm_msam10.ttf", "maths/jlm_msbm10.ttf",
        "maths/jlm_special.ttf", "latin/jlm_cmr10.ttf", "latin/jlm_jlmr10.ttf", "latin/jlm_jlmi10.ttf",
    };
    private static boolean fontsLoaded;

    /** Where a line may wrap, outside every group: before these (a new formula after ", \\quad" or ", \\;" starts a row). */
    private static final String[] BREAKS = {" = ", " + ", " - ", ", \\quad ", ", \\; "};

    private final Canvas canvas = new Canvas();
    private double fontSize;
    /** The window's text size: no line is set smaller. */
    private double minSize;
    /** The sizes the lines on screen were set at, row by row (after wrapping), for tests and a screen check. */
    private List<Double> drawnSizes = List.of();
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
        this.minSize = fontSize;
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

    /** The size of the typeset text in px, and the window's text size, below which no line is shrunk. */
    void setFontSize(double size, double windowText) {
        fontSize = size;
        minSize = windowText;
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
        for (Row row : rows(Double.MAX_VALUE, fontSize * zoom)) widest = Math.max(widest, row.icon().getIconWidth() + 16);
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
        for (Row row : rows(zoom > 1 ? Double.MAX_VALUE : width > 0 ? width : 800, size)) total += rowHeight(row.icon());
        return Math.max(total, fontSize * 2.4 * Math.max(1, lines.size())) + 8; // as tall as it is: the formula area scrolls
    }

    private double rowHeight(TeXIcon icon) {
        return Math.max(fontSize * 2.4, icon.getIconHeight() + fontSize * 0.6);
    }

    /** The lines typeset at {@code size}, wrapped (or shrunk) to fit {@code width}; unparseable lines are left out. */
    private List<Row> rows(double width, double size) {
        return fitted(lines, width, size, minSize * zoom, this::icon);
    }

    /** One row on screen: a line or a piece of one, and the size it was set at. */
    private record Row(TeXIcon icon, double size) {}

    /** The sizes the rows on screen were set at, in px (the window's text size or more). */
    List<Double> drawnSizes() {
        return drawnSizes;
    }

    private void draw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (w <= 0 || h <= 0) return;
        FXGraphics2D g = new FXGraphics2D(canvas.getGraphicsContext2D());
        // Paint the background through the Graphics2D: FXGraphics2D caches its colour.
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, (int) Math.ceil(w), (int) Math.ceil(h));
        List<Row> rows = rows(zoom > 1 ? Double.MAX_VALUE : w, fontSize * zoom);
        drawnSizes = rows.stream().map(Row::size).toList();
        double y = 4;
        for (Row r : rows) {
            TeXIcon icon = r.icon();
            double row = rowHeight(icon);
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
        for (Row row : fitted(latex, width, size, size, TexCanvas::typeset)) total += Math.max(size * 2.4, row.icon().getIconHeight() + size * 0.6);
        return total;
    }

    /**
     * Typesets {@code latex} into any Graphics2D (a picture for a handout), one line under the other
     * from y = 0, each wrapped to fit {@code width} as on screen.
     */
    static void paint(Graphics2D g, List<String> latex, double width, double size) {
        double y = 0;
        for (Row r : fitted(latex, width, size, size, TexCanvas::typeset)) {
            TeXIcon icon = r.icon();
            double row = Math.max(size * 2.4, icon.getIconHeight() + size * 0.6);
            icon.setInsets(new Insets(0, 0, 0, 0));
            icon.setForeground(Color.BLACK);
            icon.paintIcon(null, g, 8, (int) (y + (row - icon.getIconHeight()) / 2));
            y += row;
        }
    }

    /**
     * Each line at {@code size}; a line wider than {@code width} wraps at its top-level breaks, and a piece still too wide
     * is shrunk, to {@code min} at the least.
     */
    private static List<Row> fitted(List<String> latex, double width, double size, double min, BiFunction<String, Float, TeXIcon> typeset) {
        List<Row> out = new ArrayList<>();
        double room = width - 16;
        for (String line : latex) {
            TeXIcon whole = typeset.apply(line, (float) size);
            if (whole == null) continue;
            List<String> pieces = whole.getIconWidth() <= room ? List.of(line) : wrapped(line, room, size, typeset);
            for (String piece : pieces) {
                TeXIcon icon = typeset.apply(piece, (float) size);
                double at = size;
                if (icon != null && icon.getIconWidth() > room) {
                    at = Math.max(min, size * room / icon.getIconWidth());
                    icon = typeset.apply(piece, (float) at);
                }
                if (icon != null) out.add(new Row(icon, at));
            }
        }
        return out;
    }

    /**
     * {@code line} as rows no wider than {@code room} where its breaks allow: each formula of it (after ", \\quad")
     * starts a row, and within a formula each piece joins the row while it fits.
     */
    static List<String> wrapped(String line, double room, double size, BiFunction<String, Float, TeXIcon> typeset) {
        List<String> rows = new ArrayList<>();
        String row = null;
        for (String part : parts(line)) {
            boolean newFormula = part.startsWith(",");
            TeXIcon joined = row == null || newFormula ? null : typeset.apply(row + part, (float) size);
            if (row == null) {
                row = part;
            } else if (joined != null && joined.getIconWidth() <= room) {
                row += part;
            } else {
                rows.add(row);
                row = newFormula ? part.substring(part.indexOf(' ', 2) + 1) : "\\qquad " + part.strip(); // a continuation is indented
            }
        }
        rows.add(row);
        return rows.stream().allMatch(r -> typeset.apply(r, (float) size) != null) ? rows : List.of(line);
    }

    /** {@code line} cut before each break outside braces, \\left…\\right and \\begin…\\end: the pieces, in order. */
    static List<String> parts(String line) {
        List<String> parts = new ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                if (command(line, i, "left") || command(line, i, "begin")) depth++;
                if (command(line, i, "right") || command(line, i, "end")) depth--;
                i++; // an escaped character (\\{, \\,) is not a group
                continue;
            }
            if (c == '{') depth++;
            if (c == '}') depth--;
            if (depth != 0 || i == from) continue;
            for (String b : BREAKS) {
                if (line.startsWith(b, i)) {
                    parts.add(line.substring(from, i));
                    from = i;
                    break;
                }
            }
        }
        parts.add(line.substring(from));
        return parts;
    }

    /** True if the command at {@code i} (a backslash) is {@code name} itself, not a longer one (\\left, not \\leftarrow). */
    private static boolean command(String s, int i, String name) {
        int end = i + 1 + name.length();
        return s.startsWith(name, i + 1) && (end >= s.length() || !Character.isLetter(s.charAt(end)));
    }

    static TeXIcon typeset(String latex, float size) {
        try {
            return new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        } catch (RuntimeException e) { // a formula JLaTeXMath cannot parse: the plain line below still shows it
            return null;
        }
    }
}
