package dev.custody.processor.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where a class was loaded from (its classes directory or jar), for class paths in tests. */
public final class ClassLocations {
  private ClassLocations() {}

  /** The directory or jar {@code type} came from, decoded (a URL's path keeps {@code %20}). */
  public static Path of(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("no file location for " + type.getName(), e);
    }
  }
}
