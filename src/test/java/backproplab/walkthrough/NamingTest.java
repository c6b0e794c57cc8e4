package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.WordWindows;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Parameter;
import backproplab.setup.LessonSetup;
import backproplab.setup.Preset;
import backproplab.setup.Setup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every weight or bias named in what the stepping view writes — each micro-step's formula (symbolic,
 * with numbers, plain), each update's hover card, each "why this gradient?" story — is named by
 * {@link Parameter}, the one naming: W^(1)_1,10 and never the ambiguous W^(1)_110. (The ambiguity the
 * labels issue found was already gone when this test was written: the formulas had a second naming,
 * Notation.pair, with the same rule; now they call Parameter.)
 */
class NamingTest {
    /** A concrete name, typeset (W^{(1)}_{1,10}) or plain (W^(1)_1,10); not a row (W^(1)_1·). */
    private static final Pattern TEX = Pattern.compile("[Wb]\\^\\{\\(\\d+\\)\\}_\\{[0-9,]+\\}"),
            PLAIN = Pattern.compile("[Wb]\\^\\(\\d+\\)_[0-9]++(,[0-9]++)?+(?!·)");

    @Test
    void everyNameShownIsTheParametersOwn() {
        LessonSetup setup = Setup.classroom().with(b -> {
            b.preset = Preset.CUSTOM;
            b.layers = new int[] {12, 11, 1}; // indices of two digits on both sides of W^(1) and W^(2)
            b.optimizer = OptimizerSettings.Type.ADAM;
        }).lesson();
        Set<String> names = new HashSet<>();
        for (Parameter p : Parameter.all(setup.layers())) {
            names.add(p.tex());
            names.add(p.name());
        }
        Walkthrough w = new Lesson(setup, WordWindows.bundled()).walkthrough();
        Decimals d = new Decimals(4);
        List<String> texts = new ArrayList<>();
        for (MicroStep step : w.steps()) {
            FormulaText f = step.formula().render(d);
            texts.addAll(List.of(f.symbolic(), f.substituted(), f.plain(), step.title(), step.label()));
            QuizQuestion q = QuizQuestion.of(step, step.formula());
            if (q != null) texts.add(q.name());
            if (step.formula() instanceof UpdateFormula u) {
                for (Parameter p : Parameter.all(setup.layers())) {
                    if (p.layer() != u.layer()) continue;
                    UpdateFormula focused = u.focusedOn(p.row(), p.column());
                    FormulaText t = focused.render(d);
                    texts.addAll(List.of(t.symbolic(), t.substituted(), t.plain(), UpdateFormula.card(u.update(), p.row(), p.column(), d)));
                }
            }
        }
        for (Parameter p : List.of(Parameter.weight(1, 0, 9), Parameter.weight(1, 10, 0), Parameter.bias(1, 10), Parameter.weight(2, 0, 10))) {
            for (ErrorSharing.Step s : ErrorSharing.story(w, p, 0)) {
                FormulaText f = s.formula().render(d);
                texts.addAll(List.of(s.title(), f.symbolic(), f.substituted(), f.plain()));
            }
        }
        int seen = 0;
        for (String text : texts) {
            for (Pattern pattern : List.of(TEX, PLAIN)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    seen++;
                    assertTrue(names.contains(m.group()), "'" + m.group() + "' is no parameter's name, in: " + text);
                }
            }
        }
        assertTrue(seen > 500, "the texts name many parameters: " + seen);
        assertTrue(texts.stream().anyMatch(t -> t.contains("W^{(1)}_{1,10}")) && texts.stream().anyMatch(t -> t.contains("W^(1)_1,10")),
                "two-digit indices are among them");
    }
}
