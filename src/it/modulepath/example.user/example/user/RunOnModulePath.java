package example.user;

import java.io.PrintWriter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/** Runs {@link ModulePathUserProperties} with the JUnit Platform launcher; exits 1 on any failure. */
public final class RunOnModulePath {

    private RunOnModulePath() {
    }

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(ModulePathUserProperties.class)).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        summary.printTo(out);
        summary.printFailuresTo(out, 30);
        boolean ok = summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() == 3;
        out.println(ok ? "module-path user run: OK" : "module-path user run: FAILED");
        System.exit(ok ? 0 : 1);
    }
}
