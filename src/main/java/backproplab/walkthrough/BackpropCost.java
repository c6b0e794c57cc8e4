package backproplab.walkthrough;

/**
 * The notes' §6.1, counted for a network: the multiplications that give every gradient of one
 * pass once the forward pass is done, two ways.
 * <ul>
 *   <li><b>Saving the δ's</b> (backprop, what the app does): δ^(L)_u = f'(z) · e_u is 1
 *       multiplication per output unit; a hidden δ^(k)_u = f'(z) · Σ_m W^(k)_mu δ^(k+1)_m is
 *       n_{k+1} + 1; each weight's gradient δ^(k+1)_i · a^(k)_j is 1; a bias's, δ itself, is 0.
 *   <li><b>Following every path</b> from each parameter to the outputs separately: a path from
 *       unit i of layer k+1 to an output unit multiplies f'(z) of its first unit, then W and f'(z)
 *       for each edge up, then the output's error: 2(L − k) factors, 2(L − k) − 1
 *       multiplications, and one more for a weight's a^(k)_j. There are n_{k+2} ⋯ n_L such paths.
 * </ul>
 * Additions are not counted; they follow the same pattern.
 */
public final class BackpropCost {
    private BackpropCost() {}

    /** Multiplications for every gradient with the δ's saved layer by layer. */
    public static long withSavedDeltas(int[] layers) {
        int count = layers.length;
        long total = layers[count - 1]; // δ^(L)
        for (int k = count - 1; k >= 2; k--) total += (long) layers[k - 1] * (layers[k] + 1); // hidden δ^(k), 1-based k
        for (int k = 1; k < count; k++) total += (long) layers[k] * layers[k - 1]; // ∇W^(k)
        return total;
    }

    /** Multiplications when every path from each parameter to the outputs is followed separately. */
    public static double everyPath(int[] layers) {
        int count = layers.length;
        double total = 0;
        for (int k = 1; k < count; k++) { // W^(k), b^(k): into layer k+1
            double paths = 1;
            for (int l = k + 2; l <= count; l++) paths *= layers[l - 1];
            int factors = 2 * (count - k);
            double perBias = paths * (factors - 1), perWeight = paths * factors;
            total += (double) layers[k] * layers[k - 1] * perWeight + layers[k] * perBias;
        }
        return total;
    }

    /**
     * The network of {@code layers}'s input and output sizes with {@code depth} layers in all, every
     * hidden layer as wide as {@code width}: how the two counts grow with depth.
     */
    public static int[] deepened(int[] layers, int depth, int width) {
        int[] out = new int[depth];
        out[0] = layers[0];
        out[depth - 1] = layers[layers.length - 1];
        for (int k = 1; k < depth - 1; k++) out[k] = width;
        return out;
    }
}
