package dev.custody.processor.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README promises that CI runs its two commands; this keeps the promise checked, so the
 * README cannot drift from {@code .ci/run}.
 */
class ReadmeTest {
  private static final Path ROOT = RulesReference.repositoryRoot();

  @Test
  void ciRunsTheTwoCommands() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String ci = Files.readString(ROOT.resolve(".ci/run"));
    assertTrue(readme.contains("\nbash samples/run.sh\n"), "README shows the main command");
    assertTrue(readme.contains("\nmvn -B verify\n"), "README shows the test command");
    assertTrue(ci.contains("\nbash samples/run.sh\n"), ".ci/run runs the main command");
    assertTrue(ci.contains("\"${MVN[@]}\" verify\n"), ".ci/run runs the test command");
    assertTrue(Files.isRegularFile(ROOT.resolve("samples/run.sh")), "samples/run.sh exists");
  }
}
