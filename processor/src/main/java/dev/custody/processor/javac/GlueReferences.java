package dev.custody.processor.javac;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.custody.processor.codegen.DropGlueGenerator;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Under {@code -Acustody.glue=referenced}: whether the source file that declares a class names the
 * class's drop glue, as its {@code close()} does when it delegates to it.
 *
 * <p>Reads the file's text, which javac keeps after parsing, rather than walking its tree: one
 * search per class instead of a walk of every file. It errs only towards generating: a mention in
 * a comment or string counts, a file whose text cannot be read counts, and so does a file with a
 * Unicode escape (an identifier may be spelled with one). The decision depends on the class's own
 * file only, so the processor stays isolating for Gradle.
 */
public final class GlueReferences implements Predicate<TypeElement> {
  private final Trees trees;
  /**
   * The text of each file read so far; empty for a file that counts as naming every glue
   * (unreadable, or with a Unicode escape).
   */
  private final Map<JavaFileObject, Optional<String>> texts = new IdentityHashMap<>();

  GlueReferences(Trees trees) {
    this.trees = trees;
  }

  @Override
  public boolean test(TypeElement type) {
    try {
      return namedByItsFile(type);
    } catch (RuntimeException unexpected) {
      // Not knowing, generate: glue nobody calls costs time, missing glue breaks the build.
      return true;
    }
  }

  private boolean namedByItsFile(TypeElement type) {
    TreePath path = trees.getPath(type);
    if (path == null) {
      return true;
    }
    Optional<String> text =
        texts.computeIfAbsent(path.getCompilationUnit().getSourceFile(), GlueReferences::read);
    return text.isEmpty() || namesIdentifier(text.get(), DropGlueGenerator.glueSimpleName(type));
  }

  /** Whether {@code name} occurs in {@code text} as a whole identifier. */
  static boolean namesIdentifier(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      if ((at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1)))
          && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> read(JavaFileObject file) {
    try {
      CharSequence content = file.getCharContent(true);
      if (content == null) {
        return Optional.empty();
      }
      String text = content.toString();
      return text.contains("\\u") ? Optional.empty() : Optional.of(text);
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}
