package dev.custody.processor.robustness;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.custody.processor.CustodyProcessor;
import dev.custody.processor.OwnershipAnnotationsClaimer;
import dev.custody.processor.cases.CaseFiles;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles one (possibly broken) case source with the support types and Custody. */
final class CompileCase {
  private static final List<JavaFileObject> SUPPORT = CaseFiles.support();

  private CompileCase() {}

  static Compilation compile(String fileName, String source) {
    List<JavaFileObject> sources = new ArrayList<>(SUPPORT);
    // Any name will do: case classes are not public, so javac does not match it to the file.
    String className = fileName.substring(0, fileName.length() - ".java".length());
    sources.add(JavaFileObjects.forSourceString(className, source));
    return javac()
        .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
        .compile(sources);
  }
}
