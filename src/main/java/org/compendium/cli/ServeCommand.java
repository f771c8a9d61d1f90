package org.compendium.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.compendium.serve.ServeConfig;
import org.compendium.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compendium serve}: the web application and JSON API over one store, until interrupted. Binds to
 * loopback unless {@code --bind} says otherwise.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the archive: web application and JSON API (/api/v1, documented at /api/openapi.json).")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", description = "Port (default: 8080; 0 picks a free one).")
  int port = ServeConfig.DEFAULT_PORT;

  @Option(names = "--bind", paramLabel = "ADDR",
      description = "Address to listen on (default: 127.0.0.1, this machine only).")
  String bind = ServeConfig.LOOPBACK;

  @Option(names = "--max-body", paramLabel = "BYTES",
      description = "Largest request body, uploads included (default: 20971520, 20 MB).")
  long maxBody = ServeConfig.DEFAULT_MAX_BODY;

  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    return serve(new ServeConfig(bind, port, maxBody, store.dir()), spec.commandLine().getOut());
  }

  /** Starts the server, prints its address, and blocks until the JVM is asked to stop. */
  static int serve(ServeConfig config, PrintWriter out) throws InterruptedException {
    Server server = Server.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "serve-shutdown"));
    String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
    out.println("Compendium is serving " + config.store().toAbsolutePath().normalize() + " at http://" + host + ":"
        + server.port() + "/ (API: /api/v1, /api/openapi.json; Ctrl-C to stop)");
    out.flush();
    stopped.await();
    return 0;
  }
}
