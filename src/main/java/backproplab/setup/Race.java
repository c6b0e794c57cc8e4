package backproplab.setup;

import backproplab.engine.Named;

/**
 * What the loss curves compare: every ticked activation × optimizer, or one trick varied for one
 * activation and optimizer with everything else identical — the schedules, the initialisations,
 * the preprocessing, or fan-in scaling off and on. The curves of each are made by
 * {@code backproplab.curves.Races}.
 */
public enum Race implements Named {
    PAIRS("pairs", "activations × optimizers"),
    SCHEDULES("schedule", "learning-rate schedules"),
    INITIALISATIONS("init", "initialisations"),
    PREPROCESSING("preprocessing", "preprocessing"),
    FAN_IN("fan-in", "fan-in scaling off / on");

    private final String id, displayName;

    Race(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The name in scenario files and on the command line: pairs, schedule, init, preprocessing, fan-in. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Race fromId(String id) {
        return Named.fromId(Race.class, "race", id);
    }
}
