package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A training step allocates nothing: every buffer was allocated when the network was built. */
class AllocationTest {
    @Test
    void aTrainingStepAllocatesNoMemory() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "HotSpot allocation counter");
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        for (OptimizerSettings.Type type : OptimizerSettings.Type.values()) {
            Network net = new Network(new int[] {20, 8, 1}, Activation.SIGMOID, Activation.IDENTITY, 0.01);
            Initialization.XAVIER_UNIFORM.initialize(net, new Random(1), 0);
            Learner learner = new Learner(net, new MaxMarginLoss(1), 0.01, OptimizerSettings.of(type, 0.01));
            Random random = new Random(2);
            Sample[] data = new Sample[16];
            for (int i = 0; i < data.length; i++) {
                data[i] = new Sample(GradientCheckTest.fill(random, new double[20], 1), GradientCheckTest.fill(random, new double[20], 1));
            }
            int[] order = new int[data.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            for (int i = 0; i < 20_000; i++) learner.step(data, order, i, 2); // let the JIT settle
            long id = Thread.currentThread().getId();
            long before = hotspot.getThreadAllocatedBytes(id);
            for (int i = 0; i < 10_000; i++) learner.step(data, order, i, 2);
            long allocated = hotspot.getThreadAllocatedBytes(id) - before;
            assertEquals(0, allocated, 1024, type + ": bytes allocated by 10 000 steps");
        }
    }
}
