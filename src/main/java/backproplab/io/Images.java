package backproplab.io;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/** Raster pictures (the chart, the network): drawn smoothly into an image, and encoded as PNG. */
public final class Images {
    private Images() {}

    /** An RGB image of {@code width} × {@code height}, drawn by {@code draw} with antialiased shapes and text. */
    public static BufferedImage draw(int width, int height, Consumer<Graphics2D> draw) {
        return draw(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), draw);
    }

    /** Draws into {@code image} (over what it holds) with antialiased shapes and text, and returns it. */
    public static BufferedImage draw(BufferedImage image, Consumer<Graphics2D> draw) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            draw.accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** {@code image} as the bytes of a PNG file. */
    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
