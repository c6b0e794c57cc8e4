package backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless curves command: the PNG and CSV it writes, and its one-line errors. */
class CurvesCommandTest {
    @TempDir Path dir;
    private final CliRun cli = new CliRun();

    /** Distinct colours in a grid of samples: a blank image has one. */
    static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) seen.add(image.getRGB(x, y));
        }
        return seen.size();
    }

    @Test
    void writesTheChartAndTheTable() throws Exception {
        Path png = dir.resolve("loss.png"), csv = dir.resolve("loss.csv");
        int status = cli.run("curves", "--activations", "sigmoid,tanh", "--optimizers", "sgd,adam", "--epochs", "12",
                "--png", png.toString(), "--csv", csv.toString(), "--width", "1280", "--height", "800", "--seed", "3");
        assertEquals(0, status, cli.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
        assertTrue(colours(image) > 10, "the chart is drawn, not blank");
        List<String> rows = Files.readAllLines(csv);
        assertEquals(14, rows.size(), "a header and one row per epoch, from epoch 0 (the starting weights)");
        assertTrue(rows.get(1).startsWith("0,"));
        assertEquals("epoch,sigmoid · SGD training,sigmoid · SGD validation,sigmoid · Adam training,sigmoid · Adam validation,"
                + "tanh · SGD training,tanh · SGD validation,tanh · Adam training,tanh · Adam validation", rows.get(0));
        assertEquals(9, rows.get(13).split(",", -1).length);
        assertTrue(rows.get(13).startsWith("12,"));
        assertEquals(4, cli.out().strip().lines().count(), "one summary line per curve");
    }

    @Test
    void sameSeedSameTable() throws Exception {
        Path a = dir.resolve("a.csv"), b = dir.resolve("b.csv");
        assertEquals(0, cli.run("curves", "--epochs", "5", "--window", "5", "--csv", a.toString()));
        assertEquals(0, cli.run("curves", "--epochs", "5", "--window", "5", "--csv", b.toString()));
        assertEquals(Files.readString(a), Files.readString(b));
    }

    @Test
    void badArgumentsExitTwoWithOneLine() {
        assertBad("error: unknown activation 'swish'", "curves", "--activations", "swish", "--csv", "x.csv");
        assertBad("error: the window size must be 1, 3 or 5, got 4", "curves", "--window", "4", "--csv", "x.csv");
        assertBad("error: nothing to write: give --png, --svg, --pdf and/or --csv FILE", "curves");
        assertBad("error: --lr must be a finite number >= 0, got -1", "curves", "--lr", "-1", "--csv", "x.csv");
        assertBad("error: Invalid value for option '--epochs': 'ten' is not an int", "curves", "--epochs", "ten");
        assertBad("error: --palette must be colour or monochrome, got mono", "curves", "--palette", "mono", "--csv", "x.csv");
        assertBad("error: unknown race 'speed' (expected pairs, schedule, init, preprocessing or fan-in)", "curves", "--race", "speed",
                "--csv", "x.csv");
    }

    private void assertBad(String start, String... args) {
        CliRun run = new CliRun();
        assertEquals(2, run.run(args));
        assertTrue(run.err().startsWith(start), run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(Path.of("x.csv")));
    }

    @Test
    void ownWordDataIsUsedAndABadRowIsNamed() throws Exception {
        Path words = Files.writeString(dir.resolve("w.csv"), "word,v1,v2,v3,v4\nrome,0.7,0.5,-0.4,0.3\nwe,0.1,0.1,0.2,0.3\nin,0.0,-0.1,0.2,0.1\n");
        Path sentences = Files.writeString(dir.resolve("s.txt"), "we in [rome]\nin [rome] we\nwe [rome]\nwe we [rome]\n");
        Path csv = dir.resolve("own.csv");
        assertEquals(0, cli.run("curves", "--epochs", "3", "--vocabulary", words.toString(), "--sentences", sentences.toString(),
                "--csv", csv.toString()), cli.err());
        assertEquals(5, Files.readAllLines(csv).size(), "a header, epoch 0 and three epochs");
        Files.writeString(sentences, "we in [rom]\n");
        assertBad("error: s.txt line 1, column 7: 'rom' is not in the vocabulary", "curves", "--vocabulary", words.toString(),
                "--sentences", sentences.toString(), "--csv", "x.csv");
        assertBad("error: --vocabulary and --sentences go together", "curves", "--vocabulary", words.toString(), "--csv", "x.csv");
    }

    @Test
    void anUnwritableFileIsReportedAndNothingHalfWritten() {
        Path png = dir.resolve("missing-folder/loss.png");
        assertEquals(1, cli.run("curves", "--epochs", "2", "--png", png.toString()));
        assertTrue(cli.err().startsWith("error: cannot write " + png), cli.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void writesSvgAndPdfForSlides() throws Exception {
        Path svg = dir.resolve("loss.svg"), pdf = dir.resolve("loss.pdf");
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("curves", "--epochs", "3", "--activations", "tanh", "--optimizers", "sgd", "--svg", svg.toString(),
                "--pdf", pdf.toString()), cli.err());
        assertTrue(Files.readString(svg).contains("tanh · SGD"));
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void aBlackAndWhitePngForPrintHasNoColour() throws Exception {
        Path png = dir.resolve("print.png");
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("curves", "--epochs", "20", "--palette", "monochrome", "--bold", "--width", "800", "--height", "500",
                "--png", png.toString()), cli.err());
        BufferedImage image = ImageIO.read(png.toFile());
        int coloured = 0, dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y), r = rgb >> 16 & 255, g = rgb >> 8 & 255, b = rgb & 255;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 24) coloured++;
                if (r < 128) dark++;
            }
        }
        assertEquals(0, coloured, "every pixel grey");
        assertTrue(dark > 2000, "the curves and text are drawn: " + dark);
    }

    @Test
    void aRaceOfPreprocessingsTrainsTheFirstActivationAndOptimizerOnEach() throws Exception {
        Path csv = dir.resolve("prep.csv");
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("curves", "--race", "preprocessing", "--activations", "tanh,relu", "--optimizers", "adam",
                "--epochs", "3", "--csv", csv.toString()), cli.err());
        assertEquals("epoch,no preprocessing training,no preprocessing validation,mean subtraction training,mean subtraction validation,"
                + "normalization training,normalization validation,whitening training,whitening validation",
                Files.readAllLines(csv).get(0));
        assertTrue(cli.out().startsWith("no preprocessing: final training loss "), cli.out());
    }
}
