package dev.custody.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custody.runtime.internal.Backend;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The tests run against the packaged multi-release jar, and it selects the right backend. */
class PackagingTest {

  @Test
  void runtimeClassesComeFromTheJar() {
    String location = jar().toString();
    assertTrue(location.endsWith(".jar"), "tests ran against " + location);
  }

  @Test
  void backendMatchesTheRunningJdk() {
    String expected = Runtime.version().feature() >= 22 ? "foreign" : "unsafe";
    assertEquals(expected, Backend.name());
  }

  @Test
  void moduleExportsOnlyTheApi() {
    ModuleReference module = ModuleFinder.of(jar()).findAll().iterator().next();
    ModuleDescriptor descriptor = module.descriptor();
    assertEquals("dev.custody.runtime", descriptor.name());
    Set<String> exports =
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("dev.custody.runtime"), exports);
    assertTrue(
        descriptor.requires().stream()
            .anyMatch(r -> r.name().equals("dev.custody.annotations")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
  }

  private static Path jar() {
    try {
      return Path.of(OffHeapBuffer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
