package backproplab.setup;

import backproplab.engine.Schedule;

/**
 * The learning-rate schedule chosen in the panel, keeping the parameters of every kind so that
 * switching kinds and back loses nothing.
 */
public record ScheduleChoice(Schedule.Kind kind, double factor, int every, double k, double tau) {
    /**
     * Constant; and for the others, parameters whose shape shows within the panel's 200 updates: the
     * step schedule halves α every 50, the exponential one reaches e⁻² ≈ 0.14 α₀, 1/t falls from update 20.
     */
    public static final ScheduleChoice DEFAULT = new ScheduleChoice(Schedule.Kind.CONSTANT, 0.5, 50, 0.01, 20);

    public ScheduleChoice {
        if (kind == null) throw new IllegalArgumentException("optimizer.schedule.type is required");
        Limits.SCHEDULE_FACTOR.check("optimizer.schedule.factor", factor);
        Limits.SCHEDULE_EVERY.check("optimizer.schedule.every", every);
        Limits.SCHEDULE_K.check("optimizer.schedule.k", k);
        Limits.SCHEDULE_TAU.check("optimizer.schedule.tau", tau);
    }

    /** The chosen schedule with its parameters, as the engine runs it. */
    public Schedule schedule() {
        return switch (kind) {
            case CONSTANT -> new Schedule.Constant();
            case STEP -> new Schedule.Step(factor, every);
            case EXPONENTIAL -> new Schedule.Exponential(k);
            case INVERSE -> new Schedule.Inverse(tau);
        };
    }

    /** {@code s}, with the other kinds' parameters taken from this choice. */
    public ScheduleChoice with(Schedule s) {
        if (s instanceof Schedule.Step st) return new ScheduleChoice(s.kind(), st.factor(), st.every(), k, tau);
        if (s instanceof Schedule.Exponential ex) return new ScheduleChoice(s.kind(), factor, every, ex.k(), tau);
        if (s instanceof Schedule.Inverse in) return new ScheduleChoice(s.kind(), factor, every, k, in.tau());
        return new ScheduleChoice(s.kind(), factor, every, k, tau);
    }
}
