package io.csmetrics.spark;

import io.csmetrics.health.HealthScoreModel;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * Builds the {@link HealthScoreModel} a Spark task scores with. The core's model is immutable but
 * not {@code Serializable}, so it cannot be shipped to executors as it is; a serializable lambda
 * that builds it (usually a few builder calls, or {@code LearnedWeights} from stored coefficients)
 * is shipped instead and called once per partition.
 *
 * <p>Example: {@code HealthModelSource model = () -> HealthScoreModel.keyFeatures("reports", "alerts", "api");}
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface HealthModelSource extends Supplier<HealthScoreModel>, Serializable {
}
