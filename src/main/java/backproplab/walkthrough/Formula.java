package backproplab.walkthrough;

/** A formula whose numbers are rendered when shown, so changing the decimals re-renders every step. */
@FunctionalInterface
public interface Formula {
    FormulaText render(Decimals decimals);
}
