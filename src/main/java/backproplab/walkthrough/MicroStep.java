package backproplab.walkthrough;

/**
 * One step of a walkthrough: what was computed (title and formula), where (focus, and which pass
 * the units show), and the state of everything afterwards. Immutable; stepping back is showing
 * an earlier step.
 *
 * @param pass  the pass whose z, a and δ the units show (0 = true window or the only pass)
 * @param label a short name for the step strip, e.g. {@code z²₁} or {@code J}
 */
public record MicroStep(int index, Phase phase, int pass, Focus focus, String title, String label,
                        Formula formula, Snapshot state) {}
