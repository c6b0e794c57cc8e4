package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.WordWindows;
import backproplab.setup.Preset;
import backproplab.setup.Setup;
import org.junit.jupiter.api.Test;

/**
 * A window of five words (20 inputs): the inputs step shows the centre word — the one a corrupt
 * window replaces — in full, named, and the others elided under their names; the plain line gives
 * every entry, grouped by word. Eliding the middle once hid exactly the centre word.
 */
class WindowInputsTest {
    @Test
    void theCentreWordIsShownInFullAndEveryWordIsNamed() {
        Walkthrough w = new Lesson(Setup.classroom().withPreset(Preset.WINDOW).lesson(), WordWindows.bundled()).walkthrough();
        MicroStep inputs = w.step(0);
        Decimals d = new Decimals(4);
        FormulaText f = inputs.formula().render(d);
        String[] trueWords = w.passDescriptions().get(0).split(" "), corruptWords = w.passDescriptions().get(1).split(" ");
        assertEquals(5, trueWords.length);
        assertEquals("museums in paris are amazing", w.passDescriptions().get(0), "the notes' window");
        for (int p = 0; p < 2; p++) {
            String[] words = p == 0 ? trueWords : corruptWords;
            StringBuilder centre = new StringBuilder();
            for (int j = 8; j < 12; j++) centre.append(j == 8 ? "" : ", ").append(d.format(inputs.state().a(p, 1, j)));
            assertTrue(f.substituted().contains("\\underbrace{" + centre + "}_{\\textstyle\\text{" + words[2] + "}}"),
                    "the centre word " + words[2] + " in full: " + f.substituted());
            for (int word = 0; word < 5; word++) {
                if (word != 2) assertTrue(f.substituted().contains("\\underbrace{\\ldots}_{\\textstyle\\text{" + words[word] + "}}"), words[word] + " named");
                StringBuilder all = new StringBuilder(words[word] + ": ");
                for (int j = 0; j < 4; j++) all.append(j == 0 ? "" : ", ").append(d.format(inputs.state().a(p, 1, 4 * word + j)));
                assertTrue(f.plain().contains(all), "every entry of " + words[word] + " in the plain line: " + f.plain());
            }
        }
        assertFalse(trueWords[2].equals(corruptWords[2]), "the corrupt window differs in its centre word");
    }

    @Test
    void theFirstHiddenLayersSumsAndGradientsShowTheCentreWordInFull() {
        Walkthrough w = new Lesson(Setup.classroom().withPreset(Preset.WINDOW).lesson(), WordWindows.bundled()).walkthrough();
        Decimals d = new Decimals(4);
        MicroStep z21 = w.step(1); // z^(2)_1 of the true window
        assertEquals(Phase.FORWARD_TRUE, z21.phase());
        StringBuilder centre = new StringBuilder();
        for (int j = 8; j < 12; j++) {
            centre.append(j == 8 ? "" : " + ").append(d.operand(z21.state().weight(1, 0, j))).append(" \\cdot ")
                    .append(d.operand(z21.state().a(0, 1, j)));
        }
        String typeset = z21.formula().render(d).substituted();
        assertTrue(typeset.contains("\\underbrace{" + centre + "}_{\\textstyle\\text{paris}}"), "paris's four products: " + typeset);
        assertTrue(typeset.contains("\\underbrace{\\cdots}_{\\textstyle\\text{museums}} + "), typeset);

        MicroStep row = w.steps().stream().filter(s -> s.phase() == Phase.GRADIENTS && s.focus().layer() == 2).findFirst().orElseThrow();
        StringBuilder g = new StringBuilder();
        for (int j = 8; j < 12; j++) g.append(j == 8 ? "" : ", ").append(d.format(row.state().weightGradient(1, row.focus().unit(), j)));
        String gradient = row.formula().render(d).substituted();
        assertTrue(gradient.contains("\\underbrace{" + g + "}_{\\textstyle\\text{word 3}}"), "the centre place's gradients: " + gradient);
    }

    @Test
    void oneWordAndDataThatAreNotWordsKeepThePlainVector() {
        Walkthrough w = new Lesson(Setup.classroom().lesson(), WordWindows.bundled()).walkthrough();
        assertFalse(w.step(0).formula().render(new Decimals(4)).substituted().contains("underbrace"));
        Walkthrough mazur = new Lesson(Setup.classroom().withPreset(Preset.MAZUR).lesson(), WordWindows.bundled()).walkthrough();
        assertFalse(mazur.step(0).formula().render(new Decimals(4)).substituted().contains("underbrace"));
    }

    @Test
    void wordsWithLatexSpecialsStayText() {
        assertEquals("a\\_b \\& c\\% d", Notation.texText("a_b & c%\\d"));
    }
}
