package backproplab.app.curves;

import backproplab.chart.ChartStyle;
import backproplab.chart.LossChart;
import backproplab.chart.PlotArea;
import backproplab.curves.CurveRun;
import backproplab.io.Images;
import java.awt.image.BufferedImage;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;

/**
 * Paints the loss chart off the FX thread, so the window answers however many curves train and
 * however long one picture takes. One daemon thread owns the {@link LossChart} of the run on screen,
 * brings it up to date before each frame and draws it into a picture; the FX thread only puts the
 * finished picture on screen. Requests made while a frame is painted are merged: the newest is
 * painted next, none queue up.
 */
final class ChartPainter {
    /** What to paint: a run in a style, {@code width} × {@code height} in the window's units, at the screen's pixel scale. */
    record Request(CurveRun run, ChartStyle style, double width, double height, double scale) {}

    /**
     * A painted frame: the picture, where the plot is in it, and what it shows.
     *
     * @param points the run's measured points (over all curves) the picture shows at least
     * @param over   true if the run was over when it was painted: nothing more will come
     */
    record Frame(Request request, WritableImage image, PlotArea area, long points, boolean over) {}

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chart-painter");
        t.setDaemon(true); // never keeps the JVM alive after the window closes
        return t;
    });
    private final AtomicReference<Request> next = new AtomicReference<>();
    private final AtomicBoolean painting = new AtomicBoolean();
    private final Consumer<Frame> painted;
    private final Consumer<String> failed;
    /** Pictures no longer on screen, oldest first, handed back by the FX thread to be painted over (fewer large allocations). */
    private final Queue<WritableImage> free = new ConcurrentLinkedQueue<>();
    /** The painter thread's own: the run last drawn, its chart, and the picture it is drawn into. */
    private CurveRun drawn;
    private LossChart chart;
    private BufferedImage canvas;

    /**
     * @param painted told each frame, on the FX thread
     * @param failed  told on the FX thread why a frame could not be painted
     */
    ChartPainter(Consumer<Frame> painted, Consumer<String> failed) {
        this.painted = painted;
        this.failed = failed;
    }

    /** Asks for a frame; returns at once. */
    void paint(Request request) {
        next.set(request);
        if (painting.compareAndSet(false, true)) thread.execute(this::drain);
    }

    /**
     * Hands back the picture of a frame no longer on screen (FX thread), so a later frame can reuse it.
     * A picture is painted over only once another has been handed back after it: by then the renderer
     * has long finished drawing it.
     */
    void recycle(Image picture) {
        if (!(picture instanceof WritableImage w)) return;
        free.add(w);
        while (free.size() > 2) free.poll();
    }

    /** True while a frame is being painted (or waits to be). */
    boolean busy() {
        return painting.get();
    }

    private void drain() {
        for (Request r = next.getAndSet(null); r != null; r = next.getAndSet(null)) {
            try {
                Frame frame = draw(r);
                Platform.runLater(() -> painted.accept(frame));
            } catch (RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\.$", "");
                Platform.runLater(() -> failed.accept("The chart could not be drawn: " + reason + "."));
            }
        }
        painting.set(false);
        if (next.get() != null && painting.compareAndSet(false, true)) thread.execute(this::drain); // asked meanwhile
    }

    private Frame draw(Request r) {
        if (r.run() != drawn) {
            drawn = r.run();
            chart = LossChart.of(drawn);
        }
        boolean over = drawn.isOver(); // read before the points: once over, they are all in
        long points = drawn.points();
        chart.catchUp(drawn);
        chart.setStyle(r.style());
        int width = Math.max(1, (int) Math.ceil(r.width() * r.scale())), height = Math.max(1, (int) Math.ceil(r.height() * r.scale()));
        if (canvas == null || canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE); // the type the FX image is copied from directly
        }
        PlotArea[] area = new PlotArea[1];
        Images.draw(canvas, g -> {
            g.scale(r.scale(), r.scale());
            area[0] = chart.drawOnScreen(g, r.width(), r.height());
        });
        WritableImage reused = free.size() >= 2 ? free.poll() : null;
        boolean fits = reused != null && reused.getWidth() == width && reused.getHeight() == height;
        return new Frame(r, SwingFXUtils.toFXImage(canvas, fits ? reused : null), area[0], points, over);
    }
}
