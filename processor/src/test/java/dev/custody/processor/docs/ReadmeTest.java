package dev.custody.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README promises that CI runs its two commands and that its links lead somewhere; this keeps
 * both promises checked, so the README cannot drift from {@code .ci/run} or the repository.
 */
class ReadmeTest {
  private static final Path ROOT = RulesReference.repositoryRoot();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

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

  @Test
  void relativeLinksResolve() throws IOException {
    List<String> broken = new ArrayList<>();
    for (String page : List.of("README.md", "docs/rules.md", "samples/README.md")) {
      Path file = ROOT.resolve(page);
      Matcher link = LINK.matcher(Files.readString(file));
      while (link.find()) {
        String target = link.group(1);
        if (target.contains("://")) {
          continue;
        }
        if (!Files.exists(file.getParent().resolve(target).normalize())) {
          broken.add(page + " -> " + target);
        }
      }
    }
    assertEquals(List.of(), broken, "relative links that lead nowhere");
  }
}
