package org.plenary.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.camel.main.Main;
import org.plenary.route.ConversionRoute;
import org.plenary.route.FolderLock;
import org.plenary.route.FolderWatchRoute;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Converts everything in the input folder, then every file dropped there, until stopped. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watch a folder: convert every resolution in it and every one dropped into it, until Ctrl-C.%n"
                + "Originals move to INPUT/.done/ or, with an error report, to INPUT/.failed/.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by itself (a limit such as --set camel.main.duration-max-seconds=N)",
                "1:could not start: a setting it cannot use (one line says which)",
                "2:usage error (a bad --http-port or log option among them), an --input that does not exist (see --create-folders) or is a file, or a --schema that cannot be used: nothing is started or created",
                "3:another watcher holds the folder (its pid and host are named); only one may watch a folder",
                "130:stopped by Ctrl-C (SIGINT), after finishing the documents in flight",
                "143:stopped by SIGTERM (a service manager, kill), after finishing the documents in flight"})
public final class WatchCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR", description = "Folder to watch (default: plenary.input in application.properties).")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "Where outputs go (default: plenary.output).")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Documents converted in parallel (default: one per core).")
    Integer threads;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse inputs larger than N bytes (default: plenary.max-bytes).")
    Long maxBytes;

    @Option(names = "--poll-delay", paramLabel = "MS", description = "Milliseconds between looks at the input folder (default: plenary.poll-delay).")
    Long pollDelay;

    @Option(names = "--reconvert-unchanged", description = "Convert a re-dropped file again even when its bytes are those already converted.")
    boolean reconvertUnchanged;

    @Option(names = "--schema", paramLabel = "XSD", description = "Check .xml (Akoma Ntoso) input against this schema instead of the official OASIS one shipped with Plenary (default: plenary.akn-schema, else the official one).")
    Path schema;

    @Option(names = "--create-folders", description = "Create the input folder if it does not exist (without it, a missing --input is an error).")
    boolean createFolders;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override any setting of application.properties, e.g. --set plenary.settle-time=5000.")
    java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve health (/observe/health) and Prometheus metrics (/observe/metrics) over HTTP on PORT "
                    + "(default: plenary.http-port; unset, no port is opened).")
    Integer httpPort;

    @picocli.CommandLine.Mixin
    LogOptions logging = new LogOptions();

    @Override
    public Integer call() throws Exception {
        String badLogging = logging.apply(settings);
        if (badLogging != null) {
            System.err.println("plenary watch: " + badLogging);
            return 2;
        }
        // A typo in --input must not start a watcher on a new, empty folder that nothing is ever dropped into.
        if (input != null && !java.nio.file.Files.isDirectory(input)) {
            if (java.nio.file.Files.exists(input)) {
                System.err.println("plenary watch: " + input + " is a file, not a folder. Give the folder to watch.");
                return 2;
            }
            if (!createFolders) {
                System.err.println("plenary watch: " + input + " does not exist. Check the path, or add --create-folders to create it.");
                return 2;
            }
        }
        if (schema != null && SchemaOption.load(schema, "watch", "not started") == null) {
            return 2;
        }
        Main main = new Main();
        settings.forEach(main::addOverrideProperty);
        if (maxBytes != null) {
            main.addOverrideProperty("plenary.max-bytes", String.valueOf(maxBytes));
        }
        if (pollDelay != null) {
            main.addOverrideProperty("plenary.poll-delay", String.valueOf(pollDelay));
        }
        if (schema != null) {
            main.addOverrideProperty("plenary.akn-schema", schema.toString());
        }
        if (reconvertUnchanged) {
            main.addOverrideProperty("plenary.reconvert-unchanged", "true");
        }
        if (input != null) {
            main.addOverrideProperty("plenary.input", input.toString());
        }
        if (output != null) {
            main.addOverrideProperty("plenary.output", output.toString());
        }
        if (threads != null) {
            main.addOverrideProperty("plenary.threads", String.valueOf(threads));
        }
        Integer port = httpPort;
        if (port == null) {
            String setting = Settings.lookup("plenary.http-port", settings).orElse(null);
            try {
                port = setting == null ? null : Integer.valueOf(setting);
            } catch (NumberFormatException e) {
                port = -1;
            }
        }
        if (port != null) {
            if (port < 0 || port > 65535) {
                System.err.println("plenary watch: the HTTP port must be a number from 0 to 65535.");
                return 2;
            }
            HttpEndpoint.enable(main, port, Settings.lookup("plenary.http-host", settings).orElse("127.0.0.1"));
        }
        main.configure().addRoutesBuilder(new ConversionRoute());
        main.configure().addRoutesBuilder(new FolderWatchRoute());
        // Said once the folder is taken and watched, not before a refusal.
        main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void afterStart(org.apache.camel.main.BaseMainSupport started) {
                System.out.println("Watching " + (input != null ? input : "the input folder") + "; press Ctrl-C to stop.");
            }
        });
        try {
            main.run();
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof FolderLock.HeldException held) {
                    System.err.println("plenary watch: " + held.getMessage());
                    return HELD;
                }
            }
            // One line a user can act on, not Camel's stack trace: the setting and why it cannot be used.
            String message = String.valueOf(e.getMessage());
            int because = message.lastIndexOf(" because: ");
            System.err.println("plenary watch: could not start: " + (because >= 0 ? message.substring(because + 10) : message)
                    + " Correct the setting (an option, --set, an environment variable or application.properties) and start again.");
            return 1;
        }
        return main.getExitCode();
    }

    /** The exit code when another watcher holds the folder. */
    public static final int HELD = 3;
}
