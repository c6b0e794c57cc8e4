package backproplab.app;

import java.awt.image.BufferedImage;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Start-up work that does not need the JavaFX toolkit, done on a second core while the toolkit
 * starts: JLaTeXMath reads its font tables (a few hundred ms of XML) and Java 2D loads its
 * drawing loops, so the first formula on screen does not wait for them. Measured by
 * {@code src/bench/startup.sh}; see docs/performance.md, start-up.
 */
public final class Warmup {
    private Warmup() {}

    /** Starts the warm-up on a daemon thread and returns at once. */
    public static void begin() {
        Thread thread = new Thread(Warmup::run, "warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void run() {
        try {
            var icon = new TeXFormula("z^{(2)}_1 = \\sum_j W_{1j} a_j + b, \\; \\delta = f'(z) \\circ \\frac{\\partial J}{\\partial a}")
                    .createTeXIcon(TeXConstants.STYLE_DISPLAY, 20f);
            BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()), BufferedImage.TYPE_INT_ARGB);
            var g = image.createGraphics();
            icon.paintIcon(null, g, 0, 0);
            g.dispose();
        } catch (RuntimeException | LinkageError e) {
            // only a head start: whatever failed here is done again, and reported, where it is needed
        }
    }
}
