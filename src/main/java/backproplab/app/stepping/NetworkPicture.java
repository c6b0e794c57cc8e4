package backproplab.app.stepping;

import backproplab.io.AtomicFiles;
import backproplab.io.ImageFormat;
import backproplab.io.Images;
import backproplab.walkthrough.Indices;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.AttributedString;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * The network at the current step as on screen — values, highlights, dimmed parts, the theme's
 * colours — with the formula beneath, drawn into any {@link Graphics2D}: a PNG, SVG or PDF of a
 * chosen size for handouts, or the clipboard. The picture is redrawn from the nodes, not
 * photographed, so it is sharp at any size; the formula is typeset again (as outlines in SVG, so
 * it needs no font on the reader's machine). Must be called on the FX thread.
 */
public final class NetworkPicture {
    /** Space between the network and the formula, and around the picture, in the screen's px. */
    private static final double GAP = 12;

    private final NetworkView network;
    private final Supplier<Caption> caption;

    /** The formula under the network: its title and its LaTeX lines at the size they are typeset on screen. */
    public record Caption(String title, javafx.scene.text.Font titleFont, List<String> latex, double size) {}

    NetworkPicture(NetworkView network, Supplier<Caption> caption) {
        this.network = network;
        this.caption = caption;
    }

    /** The picture as a raster, {@code width} × {@code height} pixels. */
    public BufferedImage image(int width, int height) {
        return Images.draw(width, height, g -> draw(g, width, height));
    }

    /**
     * Writes the picture in the format {@code file}'s name asks for (PNG, SVG or PDF), through a temporary file.
     * In SVG and PDF text is drawn as outlines: the formula's glyphs come from fonts inside the app.
     */
    public void write(Path file, int width, int height) throws IOException {
        AtomicFiles.write(file, ImageFormat.of(file).encode(width, height, "Backprop Lab network", ImageFormat.Text.AS_OUTLINES,
                g -> draw(g, width, height)));
    }

    /** Draws the network and the formula beneath, as large as {@code width} × {@code height} allows, centred. */
    void draw(Graphics2D g, int width, int height) {
        g.setColor(java.awt.Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double w = Math.max(1, network.getWidth()), h = Math.max(1, network.getHeight());
        Caption c = caption.get();
        Font titleFont = awtFont(c.titleFont());
        double formula = GAP + titleFont.getSize2D() * 1.5 + TexCanvas.paintedHeight(c.latex(), w, c.size());
        double scale = Math.min((width - 2 * GAP) / w, (height - 2 * GAP) / (h + formula));
        var saved = g.getTransform();
        g.translate((width - w * scale) / 2, (height - (h + formula) * scale) / 2);
        g.scale(scale, scale);
        g.clip(new Rectangle2D.Double(0, 0, w, h));
        drawChildren(g, network, 1);
        g.setClip(null);
        g.translate(0, h + GAP);
        g.setColor(java.awt.Color.BLACK);
        g.setFont(titleFont);
        drawIndexed(g, c.title(), titleFont, 8f, titleFont.getSize2D());
        g.translate(0, titleFont.getSize2D() * 1.5);
        TexCanvas.paint(g, c.latex(), w, c.size());
        g.setTransform(saved);
    }

    /** {@code text} with the notes' indices raised and lowered, as the title on screen sets them. */
    private static void drawIndexed(Graphics2D g, String text, Font font, float x, float y) {
        List<Indices.Run> runs = Indices.runs(text);
        if (runs.isEmpty()) return;
        StringBuilder all = new StringBuilder();
        for (Indices.Run r : runs) all.append(r.text());
        AttributedString line = new AttributedString(all.toString());
        line.addAttribute(TextAttribute.FONT, font);
        int at = 0;
        for (Indices.Run r : runs) {
            if (r.place() != Indices.Place.BASE) {
                line.addAttribute(TextAttribute.SUPERSCRIPT, r.place() == Indices.Place.RAISED ? TextAttribute.SUPERSCRIPT_SUPER
                        : TextAttribute.SUPERSCRIPT_SUB, at, at + r.text().length());
            }
            at += r.text().length();
        }
        g.drawString(line.getIterator(), x, y);
    }

    private void drawChildren(Graphics2D g, Parent parent, double opacity) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.getStyleClass().contains("edge-hover")) {
                continue; // the mouse's mark is not the step (its card lies on a layer outside the network)
            }
            double o = opacity * child.getOpacity();
            if (child instanceof Line line) drawLine(g, line, o);
            else if (child instanceof javafx.scene.shape.Path path) drawPath(g, path, o);
            else if (child instanceof Circle circle) drawCircle(g, circle, o);
            else if (child instanceof Rectangle rectangle) drawRectangle(g, rectangle, o);
            else if (child instanceof Labeled labeled) drawLabeled(g, labeled, o);
            else if (child instanceof Parent p) drawChildren(g, p, o);
        }
    }

    /** A point of {@code node} in the network's own coordinates (the focus zoom's magnification taken out). */
    private Point2D at(Node node, double x, double y) {
        return network.sceneToLocal(node.localToScene(x, y));
    }

    private Bounds bounds(Node node) {
        return network.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    private void drawLine(Graphics2D g, Line line, double opacity) {
        java.awt.Color colour = colour(line.getStroke(), opacity);
        if (colour == null) return; // the transparent lines that catch the mouse
        Point2D a = at(line, line.getStartX(), line.getStartY()), b = at(line, line.getEndX(), line.getEndY());
        g.setColor(colour);
        g.setStroke(stroke(line));
        g.draw(new Line2D.Double(a.getX(), a.getY(), b.getX(), b.getY()));
    }

    /** A path of straight segments (the edges of one look) as one outline, so its opacity applies once, as on screen. */
    private void drawPath(Graphics2D g, javafx.scene.shape.Path path, double opacity) {
        java.awt.Color colour = colour(path.getStroke(), opacity);
        if (colour == null || path.getElements().isEmpty()) return;
        Path2D outline = new Path2D.Double();
        for (PathElement element : path.getElements()) {
            if (element instanceof MoveTo m) {
                Point2D p = at(path, m.getX(), m.getY());
                outline.moveTo(p.getX(), p.getY());
            } else if (element instanceof LineTo l) {
                Point2D p = at(path, l.getX(), l.getY());
                outline.lineTo(p.getX(), p.getY());
            }
        }
        g.setColor(colour);
        g.setStroke(stroke(path));
        g.draw(outline);
    }

    private void drawCircle(Graphics2D g, Circle circle, double opacity) {
        Point2D centre = at(circle, circle.getCenterX(), circle.getCenterY());
        double r = circle.getRadius();
        fillAndStroke(g, new Ellipse2D.Double(centre.getX() - r, centre.getY() - r, 2 * r, 2 * r), circle, opacity);
    }

    private void drawRectangle(Graphics2D g, Rectangle rectangle, double opacity) {
        Bounds b = bounds(rectangle);
        fillAndStroke(g, new Rectangle2D.Double(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()), rectangle, opacity);
    }

    private void fillAndStroke(Graphics2D g, java.awt.Shape outline, Shape node, double opacity) {
        java.awt.Color fill = colour(node.getFill(), opacity), line = colour(node.getStroke(), opacity);
        if (fill != null) {
            g.setColor(fill);
            g.fill(outline);
        }
        if (line != null) {
            g.setColor(line);
            g.setStroke(stroke(node));
            g.draw(outline);
        }
    }

    /** A label or the caption: its background and border as styled, then its text lines. */
    private void drawLabeled(Graphics2D g, Labeled labeled, double opacity) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) return;
        Bounds b = bounds(labeled);
        var background = labeled.getBackground();
        if (background != null && !background.getFills().isEmpty()) {
            var fill = background.getFills().get(0);
            java.awt.Color colour = colour(fill.getFill(), opacity);
            if (colour != null) {
                double arc = 2 * fill.getRadii().getTopLeftHorizontalRadius();
                g.setColor(colour);
                g.fill(new RoundRectangle2D.Double(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), arc, arc));
            }
        }
        var border = labeled.getBorder();
        if (border != null && !border.getStrokes().isEmpty()) {
            java.awt.Color colour = colour(border.getStrokes().get(0).getTopStroke(), opacity);
            if (colour != null) {
                g.setColor(colour);
                g.setStroke(new BasicStroke(1f));
                double arc = 2 * border.getStrokes().get(0).getRadii().getTopLeftHorizontalRadius();
                g.draw(new RoundRectangle2D.Double(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), arc, arc));
            }
        }
        java.awt.Color ink = colour(labeled.getTextFill(), opacity);
        if (ink == null) return;
        Font font = awtFont(labeled.getFont());
        g.setFont(font);
        g.setColor(ink);
        var metrics = g.getFontMetrics(font);
        String[] lines = text.split("\n");
        double lineHeight = metrics.getAscent() + metrics.getDescent();
        var padding = labeled.getPadding();
        double x = b.getMinX() + padding.getLeft() + labeled.getLabelPadding().getLeft();
        double top = b.getMinY() + Math.max(padding.getTop(), (b.getHeight() - lines.length * lineHeight) / 2);
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], (float) x, (float) (top + i * lineHeight + metrics.getAscent()));
        }
    }

    private static BasicStroke stroke(Shape shape) {
        int cap = shape.getStrokeLineCap() == StrokeLineCap.ROUND ? BasicStroke.CAP_ROUND
                : shape.getStrokeLineCap() == StrokeLineCap.SQUARE ? BasicStroke.CAP_SQUARE : BasicStroke.CAP_BUTT;
        float width = (float) shape.getStrokeWidth();
        if (shape.getStrokeDashArray().isEmpty()) return new BasicStroke(width, cap, BasicStroke.JOIN_ROUND);
        float[] dash = new float[shape.getStrokeDashArray().size()];
        for (int i = 0; i < dash.length; i++) dash[i] = shape.getStrokeDashArray().get(i).floatValue();
        return new BasicStroke(width, cap == BasicStroke.CAP_ROUND ? BasicStroke.CAP_BUTT : cap, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** A JavaFX colour as AWT's, with the node's opacity; null when nothing would show. */
    private static java.awt.Color colour(Paint paint, double opacity) {
        if (!(paint instanceof Color c)) return null;
        double alpha = c.getOpacity() * opacity;
        if (alpha <= 0.004) return null;
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) alpha);
    }

    private static Font awtFont(javafx.scene.text.Font font) {
        var style = javafx.scene.text.Font.font(font.getFamily(), FontWeight.NORMAL, FontPosture.REGULAR, 1).getStyle();
        boolean bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold") && !style.toLowerCase(Locale.ROOT).contains("bold");
        return new Font(font.getFamily(), bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) font.getSize());
    }
}
