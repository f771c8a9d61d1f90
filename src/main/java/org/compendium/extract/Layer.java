package org.compendium.extract;

import java.util.Objects;

/**
 * A typed key for one layer of annotation on a {@link Document}. Annotators declare the layers they require
 * and produce; the {@link Pipeline} checks the chain when it is built.
 *
 * @param <T> the value type stored under this key
 */
public final class Layer<T> {
  private final String name;

  private Layer(String name) {
    this.name = Objects.requireNonNull(name);
  }

  public static <T> Layer<T> named(String name) {
    return new Layer<>(name);
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
