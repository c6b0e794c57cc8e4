package backproplab.walkthrough;

import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The walkthrough of one example as a handout (see {@code walkthrough-export.md}): every number
 * each micro-step reveals, as CSV, or the steps with their formulas as Markdown. Both read the
 * same micro-steps the stepping view shows, so the handout and the screen cannot disagree.
 */
public final class WalkthroughExport {
    /** The CSV header. */
    public static final String HEADER = "micro_step,phase,pass,quantity,layer,i,j,value,shown";

    /**
     * One revealed number. {@code layer}, {@code i}, {@code j} are the notes' 1-based indices, 0
     * where the column is empty; {@code pass} is true, corrupt, example or batch.
     */
    public record Row(int microStep, String phase, String pass, String quantity, int layer, int i, int j, double value) {}

    private WalkthroughExport() {}

    /** The rows of {@code w}, in micro-step order. */
    public static List<Row> rows(Walkthrough w) {
        int[] layers = w.layers();
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = cells(w, layers);
        for (Cell cell : cells) {
            int last = -1;
            double before = Double.NaN;
            for (int s = 0; s < w.size(); s++) {
                double now = cell.value(w.step(s).state());
                if (Double.compare(now, before) != 0) last = s;
                before = now;
            }
            if (last >= 0 && !Double.isNaN(before)) rows.add(row(w, last, cell, before));
        }
        rows.addAll(parameters(w, layers));
        rows.sort(Comparator.comparingInt(Row::microStep)); // stable: within a step, the cells' own order
        return rows;
    }

    /**
     * The updated W and b, each at the update step of its layer (or, when no update followed, at
     * the last step), whether or not the update changed it.
     */
    private static List<Row> parameters(Walkthrough w, int[] layers) {
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k < layers.length; k++) {
            int at = w.size() - 1;
            for (int s = 0; s < w.size(); s++) {
                MicroStep step = w.step(s);
                if (step.phase() == Phase.UPDATE && step.focus().layer() == k) at = s;
            }
            Snapshot end = w.step(at).state();
            String phase = phase(w.step(at).phase());
            for (int i = 0; i < layers[k]; i++) {
                for (int j = 0; j < layers[k - 1]; j++) rows.add(new Row(at + 1, phase, "batch", "W", k, i + 1, j + 1, end.weight(k, i, j)));
            }
            for (int i = 0; i < layers[k]; i++) rows.add(new Row(at + 1, phase, "batch", "b", k, i + 1, 0, end.bias(k, i)));
        }
        return rows;
    }

    /** A number the walkthrough reveals: it is written at the last micro-step that changes it. */
    private record Cell(String pass, int passIndex, String quantity, int layer, int i, int j) {
        double value(Snapshot s) {
            return switch (quantity) {
                case "x" -> s.a(passIndex, 1, i);
                case "z" -> s.z(passIndex, layer, i);
                case "a" -> s.a(passIndex, layer, i);
                case "fprime" -> s.derivative(passIndex, layer, i);
                case "delta" -> s.delta(passIndex, layer, i);
                case "loss" -> s.loss();
                case "grad_W" -> s.weightGradient(layer, i, j);
                default -> s.biasGradient(layer, i); // grad_b
            };
        }
    }

    private static List<Cell> cells(Walkthrough w, int[] layers) {
        List<Cell> cells = new ArrayList<>();
        for (int p = 0; p < w.passNames().size(); p++) {
            String pass = passName(w.passNames().get(p));
            for (int i = 0; i < layers[0]; i++) cells.add(new Cell(pass, p, "x", 1, i, -1));
            for (int k = 2; k <= layers.length; k++) {
                for (int i = 0; i < layers[k - 1]; i++) {
                    for (String q : new String[] {"z", "a", "fprime", "delta"}) cells.add(new Cell(pass, p, q, k, i, -1));
                }
            }
        }
        cells.add(new Cell("batch", 0, "loss", 0, -1, -1));
        for (int k = layers.length - 1; k >= 1; k--) { // as the backward sweep reveals them: the last layer first
            for (int i = 0; i < layers[k]; i++) {
                for (int j = 0; j < layers[k - 1]; j++) cells.add(new Cell("batch", 0, "grad_W", k, i, j));
                cells.add(new Cell("batch", 0, "grad_b", k, i, -1));
            }
        }
        return cells;
    }

    private static Row row(Walkthrough w, int step, Cell c, double value) {
        return new Row(step + 1, phase(w.step(step).phase()), c.pass(), c.quantity(), c.layer(), c.i() + 1, c.j() + 1, value);
    }

    /** "true window" → true, "corrupt window" → corrupt, "example" → example. */
    private static String passName(String name) {
        return name.split(" ")[0];
    }

    /** The strip's phases as the export names them. */
    static String phase(Phase p) {
        return switch (p) {
            case START -> "inputs";
            case FORWARD_TRUE, FORWARD_CORRUPT -> "forward";
            case LOSS -> "loss";
            case BACKWARD -> "backward";
            case GRADIENTS -> "gradients";
            case UPDATE -> "update";
        };
    }

    /**
     * A handout's title, e.g. "Walkthrough: 4-2-1 network · sigmoid hidden units · max-margin loss (Δ = 1) · SGD, α = 0.1 · example 3".
     *
     * @param margin Δ of the max-margin loss, or null for squared error
     */
    public static String title(int[] layers, Activation hidden, Double margin,
                               OptimizerSettings optimizer, String example) {
        String shape = String.join("-", Arrays.stream(layers).mapToObj(String::valueOf).toList());
        String units = layers.length > 2 ? hidden.displayName() + " hidden units · " : "";
        String loss = margin != null ? "max-margin loss (Δ = " + Decimals.plain(margin) + ")" : "squared-error loss";
        return "Walkthrough: " + shape + " network · " + units + loss + " · " + optimizer.type().displayName() + ", α = "
                + Decimals.plain(optimizer.learningRate()) + " · " + example;
    }

    /** The CSV: {@link #HEADER}, then one line per row; {@code shown} is the window's text at {@code decimals}. */
    public static String csv(Walkthrough w, Decimals decimals) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Row r : rows(w)) {
            out.append(r.microStep()).append(',').append(r.phase()).append(',').append(r.pass()).append(',').append(r.quantity())
                    .append(',').append(r.layer() == 0 ? "" : r.layer()).append(',').append(r.i() == 0 ? "" : r.i())
                    .append(',').append(r.j() == 0 ? "" : r.j()).append(',').append(r.value()).append(',')
                    .append(decimals.format(r.value())).append('\n');
        }
        return out.toString();
    }

    /**
     * A printable handout: {@code title}, what each pass reads, then one section per phase and each
     * micro-step with its symbolic formula, the formula with numbers (both LaTeX in {@code $…$})
     * and the plain line.
     */
    public static String markdown(Walkthrough w, String title, Decimals decimals) {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        for (int p = 0; p < w.passNames().size(); p++) {
            String name = w.passNames().get(p);
            out.append("- ").append(Character.toUpperCase(name.charAt(0))).append(name.substring(1)).append(": ")
                    .append(w.passDescriptions().get(p)).append('\n');
        }
        String section = null;
        for (int s = 0; s < w.size(); s++) {
            MicroStep step = w.step(s);
            String heading = w.phaseTitle(s);
            if (!heading.equals(section)) {
                out.append("\n## ").append(heading).append('\n');
                section = heading;
            }
            FormulaText f = step.formula().render(decimals);
            out.append("\n### ").append(String.format(Locale.ROOT, "Step %d · %s", s + 1, step.title())).append("\n\n")
                    .append("$").append(f.symbolic()).append("$\n\n")
                    .append("$").append(f.substituted().replace("\n", "$\n\n$")).append("$\n\n")
                    .append("`").append(f.plain().replace("`", "'")).append("`\n");
        }
        return out.toString();
    }
}
