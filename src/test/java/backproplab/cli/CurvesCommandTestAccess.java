package backproplab.cli;

import java.awt.image.BufferedImage;

/** Lets UI tests use the same "is this image blank?" check as the command tests. */
public final class CurvesCommandTestAccess {
    private CurvesCommandTestAccess() {}

    public static int colours(BufferedImage image) {
        return CurvesCommandTest.colours(image);
    }
}
