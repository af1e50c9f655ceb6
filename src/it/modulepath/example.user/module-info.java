/**
 * A user's test module: it reads csmetrics and jqwik like any application module would, and is
 * open so that jqwik can run its package-private property classes.
 */
open module example.user {
    requires io.csmetrics;
    requires net.jqwik.api;
    requires org.assertj.core;
    requires org.junit.platform.launcher;
}
