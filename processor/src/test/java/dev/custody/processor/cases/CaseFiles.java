package dev.custody.processor.cases;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The case files under the test resources' {@code cases/}: {@code cases/<group>/<Name>.java} in the
 * default package, plus the shared {@code cases/support/*.java} (package {@code support}).
 */
public final class CaseFiles {
  static final String SUPPORT = "support";

  /** One case: its group, its class name and its source. */
  public static final class Case {
    final String group;
    final String name;
    final Path file;

    Case(String group, String name, Path file) {
      this.group = group;
      this.name = name;
      this.file = file;
    }

    public String id() {
      return group + "/" + name;
    }

    public String fileName() {
      return name + ".java";
    }

    public String source() {
      return read(file);
    }

    public Path file() {
      return file;
    }

    @Override
    public String toString() {
      return id();
    }
  }

  private CaseFiles() {}

  public static Path root() {
    URL support = CaseFiles.class.getClassLoader().getResource("cases/" + SUPPORT);
    if (support == null) {
      throw new IllegalStateException("cases/support not found on the test class path");
    }
    try {
      return Paths.get(support.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every case, sorted by group and name. */
  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> groups = Files.list(root())) {
      for (Path group : groups.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
        String groupName = group.getFileName().toString();
        if (groupName.equals(SUPPORT)) {
          continue;
        }
        try (Stream<Path> files = Files.list(group)) {
          for (Path file : files.sorted().collect(Collectors.toList())) {
            String fileName = file.getFileName().toString();
            if (fileName.endsWith(".java")) {
              cases.add(new Case(groupName, fileName.substring(0, fileName.length() - 5), file));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** The shared support sources, compiled with every case. */
  public static List<JavaFileObject> support() {
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(root().resolve(SUPPORT))) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        String fileName = file.getFileName().toString();
        if (fileName.endsWith(".java")) {
          String className = SUPPORT + "." + fileName.substring(0, fileName.length() - 5);
          sources.add(JavaFileObjects.forSourceString(className, read(file)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }

  static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
