package dev.custody.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.custody.processor.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** How the processors are registered with javac (ServiceLoader) and with Gradle. */
class RegistrationTest {
  private static final String SERVICES = "META-INF/services/" + Processor.class.getName();
  private static final String GRADLE = "META-INF/gradle/incremental.annotation.processors";

  @Test
  void checkerIsRegisteredBeforeTheClaimer() throws IOException {
    // javac stops offering a round to further processors once all its annotations are claimed: a
    // file using only @Owned would never reach CustodyProcessor.init() if the claimer came first.
    assertThat(ownEntries(SERVICES))
        .containsExactly(
            CustodyProcessor.class.getName(), OwnershipAnnotationsClaimer.class.getName())
        .inOrder();
  }

  @Test
  void discoveredFromTheProcessorPathLikeABuildToolWould() {
    // No withProcessors(): javac loads the processors through ServiceLoader from the class path.
    Compilation compilation =
        javac().withOptions("-Xlint:all", "-Werror", "-proc:full")
            .compile(Samples.resource(), Samples.clean());
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void bothProcessorsAreIsolatingForGradle() throws IOException {
    assertThat(ownEntries(GRADLE))
        .containsExactly(
            CustodyProcessor.class.getName() + ",isolating",
            OwnershipAnnotationsClaimer.class.getName() + ",isolating");
  }

  @Test
  void supportsEverySourceVersionAndEveryType() {
    CustodyProcessor processor = new CustodyProcessor();
    assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
    assertThat(processor.getSupportedAnnotationTypes()).containsExactly("*");
    assertThat(new OwnershipAnnotationsClaimer().getSupportedAnnotationTypes())
        .containsExactly(
            "dev.custody.*", "javax.annotation.processing.Generated", "javax.annotation.Generated");
  }

  /** The lines of {@code resource} in this module's own output, ignoring comments and blanks. */
  private static List<String> ownEntries(String resource) throws IOException {
    List<String> lines = new ArrayList<>();
    Enumeration<URL> urls = RegistrationTest.class.getClassLoader().getResources(resource);
    while (urls.hasMoreElements()) {
      URL url = urls.nextElement();
      if (!url.getPath().contains("/processor/target/classes/")) {
        continue;
      }
      try (InputStream in = url.openStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        lines.addAll(
            text.lines()
                .map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toList()));
      }
    }
    return lines;
  }
}
