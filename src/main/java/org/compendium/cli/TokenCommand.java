package org.compendium.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.compendium.store.ApiTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compendium token create|list|revoke}: the API tokens that authorize writes through the server. */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = "Manage API tokens for writes through the server (upload).",
    subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
public final class TokenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create a token and print it (once: only its hash is stored).")
  static final class Create implements Callable<Integer> {
    @Option(names = "--name", paramLabel = "N", description = "A name to recognise the token by.") String name;
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (ApiTokens tokens = ApiTokens.open(store.dir())) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(tokens.create(name));
        out.flush();
        spec.commandLine().getErr().println("token: shown once; send it as 'Authorization: Bearer TOKEN'");
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never the tokens themselves).")
  static final class ListTokens implements Callable<Integer> {
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (ApiTokens tokens = ApiTokens.open(store.dir())) {
        for (ApiTokens.Info t : tokens.list()) {
          out.println(t.id() + "\t" + t.name() + "\t" + t.createdAt() + (t.revoked() ? "\trevoked" : ""));
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its number.")
  static final class Revoke implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Token number, as 'token list' prints it.") long id;
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (ApiTokens tokens = ApiTokens.open(store.dir())) {
        if (!tokens.revoke(id)) {
          spec.commandLine().getErr().println("token: no live token " + id);
          return 1;
        }
      }
      spec.commandLine().getOut().println("revoked token " + id);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
