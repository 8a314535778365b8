package dev.custody.processor.javac;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.custody.processor.codegen.DropGlueGenerator;
import java.io.IOException;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Under {@code -Acustody.glue=referenced}: whether the source file that declares a class names the
 * class's drop glue, as its {@code close()} does when it delegates to it.
 *
 * <p>Reads the file's text, which javac keeps after parsing, rather than walking its tree: one
 * search per file for the identifiers that end in the glue suffix, then a lookup per class. It
 * errs only towards generating: a mention in a comment or string counts, a file whose text cannot
 * be read counts, and so does a file with a Unicode escape (an identifier may be spelled with
 * one). The decision depends on the class's own file only, so the processor stays isolating for
 * Gradle.
 */
public final class GlueReferences implements Predicate<TypeElement> {
  private final Trees trees;
  /**
   * The glue names in the file of each outermost class asked about; empty for a file that counts
   * as naming every glue (unreadable, or with a Unicode escape). Most files declare one outermost
   * class and many nested ones: each file is found and searched about once.
   */
  private final Map<TypeElement, Optional<Set<String>>> glueNames = new IdentityHashMap<>();

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
    TypeElement outermost = type;
    while (outermost.getEnclosingElement() instanceof TypeElement) {
      outermost = (TypeElement) outermost.getEnclosingElement();
    }
    Optional<Set<String>> named = glueNames.computeIfAbsent(outermost, this::glueNamesInFileOf);
    return named.isEmpty() || named.get().contains(DropGlueGenerator.glueSimpleName(type));
  }

  private Optional<Set<String>> glueNamesInFileOf(TypeElement outermost) {
    // An outermost class's path is found among its file's top-level declarations; a nested
    // class's would take a walk through the file's trees.
    TreePath path = trees.getPath(outermost);
    String text = path == null ? null : read(path.getCompilationUnit().getSourceFile());
    return text == null ? Optional.empty() : Optional.of(glueNamesIn(text));
  }

  /**
   * The whole identifiers in {@code text} that end in the glue suffix: one search per file, after
   * which each of its classes is a lookup.
   */
  static Set<String> glueNamesIn(String text) {
    Set<String> names = new HashSet<>();
    String suffix = DropGlueGenerator.GLUE_SUFFIX;
    int at = text.indexOf(suffix);
    while (at >= 0) {
      int start = at;
      while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
        start--;
      }
      int end = at + suffix.length();
      while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
        end++;
      }
      names.add(text.substring(start, end));
      at = text.indexOf(suffix, end);
    }
    return names;
  }

  /** The file's text; null when it cannot be read or may spell an identifier with an escape. */
  private static String read(JavaFileObject file) {
    try {
      CharSequence content = file.getCharContent(true);
      if (content == null) {
        return null;
      }
      String text = content.toString();
      return text.contains("\\u") ? null : text;
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }
}
