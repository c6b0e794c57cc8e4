package backproplab.walkthrough;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * A micro-step as the notes' §6 writes it: whole layers as matrices and vectors, with the current
 * numbers and the entries the step touches lit. z^(k+1) = W^(k) a^(k) + b^(k), a = f(z),
 * δ^(k) = f'(z^(k)) ∘ (W^(k)ᵀ δ^(k+1)), ∇W^(k) = δ^(k+1) a^(k)ᵀ. Every entry is read from the
 * step's snapshot, so the matrices and the one-neuron view cannot disagree.
 */
public final class MatrixForm {
    /** Rows or columns beyond this are elided around the lit ones with ⋯. */
    static final int MAX_SHOWN = 7;

    /** One matrix or vector of the equation: its symbol, entries (NaN: not computed yet) and which are lit. */
    public record Matrix(String symbol, double[][] entries, boolean[][] lit) {
        static Matrix column(String symbol, int n, IntToDoubleFunction value, IntPredicate lit) {
            double[][] e = new double[n][1];
            boolean[][] l = new boolean[n][1];
            for (int i = 0; i < n; i++) {
                e[i][0] = value.applyAsDouble(i);
                l[i][0] = lit.test(i);
            }
            return new Matrix(symbol, e, l);
        }
    }

    /** The equation of a step: its symbolic form, its matrices in order, and how they combine. */
    public record View(String symbolic, List<Matrix> matrices, List<String> operators) {
        /** The equation typeset with the numbers: each matrix, then the operator after it. */
        public String latex(Decimals d) {
            StringBuilder out = new StringBuilder();
            for (int m = 0; m < matrices.size(); m++) {
                out.append(tex(matrices.get(m), d));
                if (m < operators.size()) out.append(' ').append(operators.get(m)).append(' ');
            }
            return out.toString();
        }
    }

    private MatrixForm() {}

    /** Where a one-neuron step sits in the matrix form, e.g. "entry 1 of z^(2) = W^(1) a^(1) + b^(1): row 1 of W^(1)"; null for others. */
    public static String inset(Walkthrough w, int index) {
        MicroStep step = w.step(index);
        int k = step.focus().layer(), i = step.focus().unit() + 1;
        if (i <= 0) return null;
        return switch (step.phase()) {
            case FORWARD_TRUE, FORWARD_CORRUPT -> "In matrix form: entry " + i + " of z^(" + k + ") = W^(" + (k - 1) + ") a^(" + (k - 1)
                    + ") + b^(" + (k - 1) + "), using row " + i + " of W^(" + (k - 1) + ")";
            case BACKWARD -> k == w.layers().length ? "In matrix form: entry " + i + " of δ^(" + k + ") = f'(z^(" + k + ")) ∘ ∂J/∂a^(" + k + ")"
                    : "In matrix form: entry " + i + " of δ^(" + k + ") = f'(z^(" + k + ")) ∘ (W^(" + k + ")ᵀ δ^(" + (k + 1) + ")), using column "
                    + i + " of W^(" + k + ")";
            case GRADIENTS -> "In matrix form: row " + i + " of ∇W^(" + (k - 1) + ") = δ^(" + k + ") a^(" + (k - 1) + ")ᵀ";
            default -> null;
        };
    }

    /** The matrix form of micro-step {@code index} of {@code w}, or null for a step with no matrix form (L2). */
    public static View of(Walkthrough w, int index) {
        MicroStep step = w.step(index);
        Snapshot s = step.state();
        int[] n = w.layers();
        Focus f = step.focus();
        int p = step.pass();
        String pass = w.paired() ? (p == 0 ? "" : "_c") : "";
        return switch (step.phase()) {
            case START -> new View("a^{(1)} = x", List.of(Matrix.column("x", n[0], i -> s.a(0, 1, i), i -> true)), List.of());
            case FORWARD_TRUE, FORWARD_CORRUPT -> forward(s, n, f.layer(), f.unit(), p, pass);
            case LOSS -> new View("a^{(" + n.length + ")}", outputs(w, s, n), w.paired() ? List.of(",") : List.of());
            case BACKWARD -> backward(s, n, f.layer(), f.unit(), p, pass);
            case GRADIENTS -> f.unit() < 0 ? null : gradient(w, s, n, f.layer(), f.unit());
            case UPDATE -> update(s, n, f.layer());
        };
    }

    private static View forward(Snapshot s, int[] n, int k, int i, int p, String pass) {
        Matrix weights = weights(s, n, k - 1, "W^{(" + (k - 1) + ")}", (r, c) -> r == i, false);
        Matrix in = Matrix.column("a^{(" + (k - 1) + ")}" + pass, n[k - 2], j -> s.a(p, k - 1, j), j -> true);
        Matrix bias = Matrix.column("b^{(" + (k - 1) + ")}", n[k - 1], j -> s.bias(k - 1, j), j -> j == i);
        Matrix z = Matrix.column("z^{(" + k + ")}" + pass, n[k - 1], j -> s.z(p, k, j), j -> j == i);
        return new View("z^{(" + k + ")} = W^{(" + (k - 1) + ")} a^{(" + (k - 1) + ")} + b^{(" + (k - 1) + ")}",
                List.of(z, weights, in, bias), List.of("=", "", "+"));
    }

    private static View backward(Snapshot s, int[] n, int k, int i, int p, String pass) {
        Matrix fprime = Matrix.column("f'(z^{(" + k + ")})" + pass, n[k - 1], j -> s.derivative(p, k, j), j -> j == i);
        Matrix delta = Matrix.column("\\delta^{(" + k + ")}" + pass, n[k - 1], j -> s.delta(p, k, j), j -> j == i);
        if (k == n.length) {
            Matrix error = Matrix.column("\\partial J/\\partial a", n[k - 1], j -> s.outputError(p, j), j -> j == i);
            return new View("\\delta^{(L)} = f'(z^{(L)}) \\circ \\partial J/\\partial a^{(L)}", List.of(delta, fprime, error),
                    List.of("=", "\\circ"));
        }
        Matrix transposed = weights(s, n, k, "W^{(" + k + ")T}", (r, c) -> r == i, true);
        Matrix above = Matrix.column("\\delta^{(" + (k + 1) + ")}" + pass, n[k], j -> s.delta(p, k + 1, j), j -> true);
        return new View("\\delta^{(" + k + ")} = f'(z^{(" + k + ")}) \\circ (W^{(" + k + ")T} \\delta^{(" + (k + 1) + ")})",
                List.of(delta, fprime, transposed, above), List.of("=", "\\circ", ""));
    }

    private static View gradient(Walkthrough w, Snapshot s, int[] n, int k, int i) {
        List<Matrix> ms = new ArrayList<>(List.of(weights(s, n, k - 1, "\\nabla W^{(" + (k - 1) + ")}", (r, c) -> r == i, false, true)));
        List<String> ops = new ArrayList<>(List.of("="));
        for (int p = 0; p < w.passNames().size(); p++) {
            int pp = p;
            String pass = w.paired() ? (p == 0 ? "" : "_c") : "";
            ms.add(Matrix.column("\\delta^{(" + k + ")}" + pass, n[k - 1], j -> s.delta(pp, k, j), j -> j == i));
            double[][] row = new double[1][n[k - 2]];
            boolean[][] lit = new boolean[1][n[k - 2]];
            for (int j = 0; j < n[k - 2]; j++) {
                row[0][j] = s.a(pp, k - 1, j);
                lit[0][j] = true;
            }
            ms.add(new Matrix("a^{(" + (k - 1) + ")T}" + pass, row, lit));
            ops.add("");
            if (p + 1 < w.passNames().size()) ops.add("+");
        }
        return new View("\\nabla W^{(" + (k - 1) + ")} = \\delta^{(" + k + ")} a^{(" + (k - 1) + ")T}"
                        + (w.paired() ? " + \\delta^{(" + k + ")}_c a^{(" + (k - 1) + ")T}_c" : ""),
                ms, ops);
    }

    private static View update(Snapshot s, int[] n, int k) {
        return new View("W^{(" + k + ")}, b^{(" + k + ")} \\leftarrow \\text{updated}",
                List.of(weights(s, n, k, "W^{(" + k + ")}", (r, c) -> true, false),
                        Matrix.column("b^{(" + k + ")}", n[k], j -> s.bias(k, j), j -> true)), List.of(","));
    }

    private static List<Matrix> outputs(Walkthrough w, Snapshot s, int[] n) {
        List<Matrix> out = new ArrayList<>();
        for (int p = 0; p < w.passNames().size(); p++) {
            int pp = p;
            out.add(Matrix.column("a^{(" + n.length + ")}" + (w.paired() && p == 1 ? "_c" : ""), n[n.length - 1], j -> s.a(pp, n.length, j), j -> true));
        }
        return out;
    }

    private interface Cell {
        boolean lit(int row, int column);
    }

    private static Matrix weights(Snapshot s, int[] n, int k, String symbol, Cell lit, boolean transpose) {
        return weights(s, n, k, symbol, lit, transpose, false);
    }

    /** W^(k) (n_{k+1} × n_k), transposed if asked, or its gradient; {@code lit} in the shown matrix's rows and columns. */
    private static Matrix weights(Snapshot s, int[] n, int k, String symbol, Cell lit, boolean transpose, boolean gradient) {
        int rows = transpose ? n[k - 1] : n[k], cols = transpose ? n[k] : n[k - 1];
        double[][] e = new double[rows][cols];
        boolean[][] l = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = transpose ? c : r, j = transpose ? r : c;
                e[r][c] = gradient ? s.weightGradient(k, i, j) : s.weight(k, i, j);
                l[r][c] = lit.lit(r, c);
            }
        }
        return new Matrix(symbol, e, l);
    }

    /** The indices shown of {@code n}: all when few, else the first, the lit ones with a neighbour each side, and the last. */
    static List<Integer> shown(int n, IntPredicate lit) {
        List<Integer> out = new ArrayList<>();
        if (n <= MAX_SHOWN) {
            for (int i = 0; i < n; i++) out.add(i);
            return out;
        }
        TreeSet<Integer> keep = new TreeSet<>(List.of(0, n - 1));
        for (int i = 0; i < n; i++) if (lit.test(i)) for (int d = -1; d <= 1; d++) if (i + d >= 0 && i + d < n) keep.add(i + d);
        if (keep.size() > MAX_SHOWN) { // a whole lit layer: the first three and the last three
            keep = new TreeSet<>(List.of(0, 1, 2, n - 3, n - 2, n - 1));
        }
        int previous = -1;
        for (int i : keep) {
            if (i > previous + 1) out.add(-1); // ⋯
            out.add(i);
            previous = i;
        }
        return out;
    }

    private static String tex(Matrix m, Decimals d) {
        int rows = m.entries().length, cols = m.entries()[0].length;
        List<Integer> shownRows = shown(rows, r -> anyLit(m.lit()[r])), shownCols = shown(cols, c -> columnLit(m.lit(), c));
        StringBuilder out = new StringBuilder("\\underset{" + m.symbol() + "}{\\begin{pmatrix}");
        for (int ri = 0; ri < shownRows.size(); ri++) {
            int r = shownRows.get(ri);
            if (ri > 0) out.append(" \\\\ ");
            for (int ci = 0; ci < shownCols.size(); ci++) {
                int c = shownCols.get(ci);
                if (ci > 0) out.append(" & ");
                if (r < 0) out.append(c < 0 ? "\\ddots" : "\\vdots");
                else if (c < 0) out.append("\\cdots");
                else out.append(entry(m.entries()[r][c], m.lit()[r][c], d));
            }
        }
        return out.append("\\end{pmatrix}}").toString();
    }

    private static String entry(double v, boolean lit, Decimals d) {
        String number = Double.isNaN(v) ? "\\cdot" : d.format(v);
        return lit && !Double.isNaN(v) ? "\\textcolor{#C04A00}{\\mathbf{" + number + "}}" : number; // bold as well as coloured
    }

    private static boolean anyLit(boolean[] row) {
        for (boolean b : row) if (b) return true;
        return false;
    }

    private static boolean columnLit(boolean[][] lit, int c) {
        for (boolean[] row : lit) if (row[c]) return true;
        return false;
    }
}
