package dev.custody.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.palantir.javapoet.JavaFile;
import dev.custody.Owned;
import dev.custody.processor.testing.ClassLocations;
import dev.custody.processor.testing.Samples;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.jdt.internal.compiler.batch.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a Java runtime without the {@code jdk.compiler} module, touching {@code com.sun.source} would
 * be a {@code NoClassDefFoundError}. Runs Eclipse's batch compiler in a separate JVM limited to
 * {@code java.base} and {@code java.compiler}: Custody must print its one note and nothing else.
 */
class NoJavacRuntimeTest {
  @TempDir Path temp;

  @Test
  void oneNoteAndNoLinkageErrorWithoutJdkCompiler() throws Exception {
    Path sources = Files.createDirectories(temp.resolve("src/sample"));
    Files.write(sources.resolve("Resource.java"), Samples.RESOURCE.getBytes(StandardCharsets.UTF_8));
    Files.write(
        sources.resolve("Broken.java"), Samples.USE_AFTER_MOVE.getBytes(StandardCharsets.UTF_8));
    Path out = temp.resolve("out");

    // ECJ finds processors on the compilation class path.
    String compilationClassPath =
        String.join(
            File.pathSeparator, locationOf(Owned.class), locationOf(CustodyProcessor.class),
            locationOf(JavaFile.class));
    List<String> command =
        new ArrayList<>(
            Arrays.asList(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "--limit-modules", "java.base,java.compiler",
                "-cp", locationOf(Main.class),
                Main.class.getName(),
                "-17",
                "-cp", compilationClassPath,
                "-d", out.toString(),
                sources.resolve("Resource.java").toString(),
                sources.resolve("Broken.java").toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertWithMessage("ECJ output:%n%s", output).that(process.exitValue()).isEqualTo(0);
    List<String> custodyLines =
        output.lines().filter(l -> l.contains("[custody")).collect(Collectors.toList());
    assertWithMessage("ECJ output:%n%s", output).that(custodyLines).hasSize(1);
    assertThat(custodyLines.get(0))
        .contains(
            "[custody] ownership checks are disabled: this compiler does not provide javac's API"
                + " (module jdk.compiler).");
    assertThat(output).doesNotContain("Error");
    assertThat(output).doesNotContain("Exception");
    assertThat(Files.exists(out.resolve("sample/Broken.class"))).isTrue();
  }

  private static String locationOf(Class<?> type) {
    return ClassLocations.of(type).toString();
  }
}
