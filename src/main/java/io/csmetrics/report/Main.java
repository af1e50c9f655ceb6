package io.csmetrics.report;

import java.util.Arrays;

/**
 * The jar's entry point ({@code Main-Class}): {@code java -jar csmetrics-<version>.jar report [options]}.
 * Dispatches the first argument to a command; {@code report} is the only one.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs a command.
     *
     * @param args the command, then its options
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("report")) {
            KpiReport.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("usage: java -jar csmetrics-<version>.jar report [options]   (report --help for the options)");
            return;
        }
        System.err.println("csmetrics: " + (args.length == 0 ? "no command" : "unknown command '" + args[0] + "'")
                + "; usage: java -jar csmetrics-<version>.jar report [options]   (report --help for the options)");
        System.exit(2);
    }
}
