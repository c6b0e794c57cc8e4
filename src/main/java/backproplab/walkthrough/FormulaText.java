package backproplab.walkthrough;

/**
 * One micro-step's formula, ready to show: the symbolic form and the same with the numbers
 * substituted, both as LaTeX for typesetting, and one plain-text line (for copying, tooltips
 * and screen readers) that carries the same numbers.
 */
public record FormulaText(String symbolic, String substituted, String plain) {}
