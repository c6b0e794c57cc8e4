package backproplab.app.session;

import backproplab.app.MainView;

/**
 * Not part of the app: a session class that reaches up into the window's shell, which the layering
 * rule forbids. {@code LayersTest} checks the rule against it, to show that the rule can fail.
 */
final class LayerBreach {
    private LayerBreach() {}

    static Object reachUp(MainView view) {
        return view.lessonModel();
    }
}
