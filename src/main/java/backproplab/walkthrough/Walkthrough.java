package backproplab.walkthrough;

import java.util.List;

/**
 * The micro-steps of one training example, in order, each with the state after it.
 *
 * @param layers           n_1 … n_L of the network walked through
 * @param passNames        "true window" and "corrupt window", or "example"
 * @param passDescriptions what each pass reads, e.g. "museums in paris are amazing"
 */
public record Walkthrough(int[] layers, List<MicroStep> steps, List<String> passNames, List<String> passDescriptions) {
    public Walkthrough {
        layers = layers.clone();
        steps = List.copyOf(steps);
        passNames = List.copyOf(passNames);
        passDescriptions = List.copyOf(passDescriptions);
    }

    @Override
    public int[] layers() {
        return layers.clone();
    }

    public int size() {
        return steps.size();
    }

    public MicroStep step(int index) {
        return steps.get(index);
    }

    public MicroStep last() {
        return steps.get(steps.size() - 1);
    }

    /** True for the max-margin pair (two passes). */
    public boolean paired() {
        return passNames.size() == 2;
    }

    /** The index of the last step of the phase that {@code index} is in. */
    public int endOfPhase(int index) {
        Phase phase = steps.get(index).phase();
        int end = index;
        while (end + 1 < steps.size() && steps.get(end + 1).phase() == phase) end++;
        return end;
    }

    /**
     * True when this example produced a non-finite number (NaN or ±∞) — a learning rate too large
     * for the network. Values that are NaN then show as "–" like values not yet computed, so the
     * view says so plainly.
     */
    public boolean overflowed() {
        Snapshot end = last().state();
        if (!Double.isNaN(end.loss()) && !Double.isFinite(end.loss())) return true;
        if (Double.isNaN(end.loss()) && steps.stream().anyMatch(s -> s.phase() == Phase.LOSS)) return true;
        for (int k = 1; k < layers.length; k++) {
            for (int i = 0; i < layers[k]; i++) {
                if (!Double.isFinite(end.bias(k, i))) return true;
                for (int j = 0; j < layers[k - 1]; j++) if (!Double.isFinite(end.weight(k, i, j))) return true;
            }
        }
        return false;
    }

    /** A heading for the phase of step {@code index}. */
    public String phaseTitle(int index) {
        return steps.get(index).phase().title(paired());
    }
}
