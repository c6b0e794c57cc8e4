package backproplab.io;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFHints;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The picture formats the app writes (the loss chart, the network), chosen by a file's ending: a raster
 * for any viewer, or vectors that stay sharp on a projector at any size.
 */
public enum ImageFormat {
    PNG, SVG, PDF;

    /** How a vector picture keeps its text. */
    public enum Text {
        /** As text, which a reader can select and search (SVG; PDF draws outlines all the same). */
        AS_TEXT,
        /** As outlines, for text in fonts the reader may lack (the typeset formula's). */
        AS_OUTLINES
    }

    /** The format a file name's ending asks for (PNG when it names none of these). */
    public static ImageFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".svg") ? SVG : name.endsWith(".pdf") ? PDF : PNG;
    }

    /**
     * A picture of {@code width} × {@code height} (pixels; points for PDF) drawn by {@code draw}, in this format.
     * PDF always draws text as outlines: its standard fonts have no ·, Δ or λ.
     *
     * @param title the document's title (PDF)
     */
    public byte[] encode(int width, int height, String title, Text text, Consumer<Graphics2D> draw) throws IOException {
        return switch (this) {
            case PNG -> Images.png(Images.draw(width, height, draw));
            case SVG -> {
                SVGGraphics2D g = new SVGGraphics2D(width, height);
                if (text == Text.AS_OUTLINES) g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
                draw.accept(g);
                yield g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
            }
            case PDF -> {
                PDFDocument document = new PDFDocument();
                document.setTitle(title);
                Graphics2D g = document.createPage(new Rectangle2D.Double(0, 0, width, height)).getGraphics2D();
                g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
                draw.accept(g);
                yield document.getPDFBytes();
            }
        };
    }
}
