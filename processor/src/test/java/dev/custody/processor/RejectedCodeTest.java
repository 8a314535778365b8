package dev.custody.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.custody.processor.testing.Samples;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Code javac rejected gets javac's errors only: Custody stays silent on it (and must not fail on
 * its half-built trees), and checks it once it compiles.
 */
class RejectedCodeTest {

  @Test
  void brokenCodeIsReportedWhenItCompiles() {
    Compilation compilation = compile(Samples.useAfterMove());

    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation)
        .hadErrorContaining("[custody:use-after-move]")
        .inFile(Samples.useAfterMove())
        .onLine(Samples.USE_AFTER_MOVE_LINE)
        .atColumn(5);
  }

  @Test
  void methodWithATypeErrorIsNotChecked() {
    // javac rejected the body: Custody stays silent there rather than bury javac's own error.
    JavaFileObject typeError =
        JavaFileObjects.forSourceString(
            "sample.Broken",
            Samples.USE_AFTER_MOVE.replace("  void run() {", "  void run() {\n    int wrong = \"x\";"));

    Compilation compilation = compile(typeError);

    assertThat(compilation).hadErrorContaining("incompatible types");
    assertThat(HostEnvironmentTest.custodyMessages(compilation)).isEmpty();
  }

  @Test
  void syntaxErrorElsewhereLeavesNothingAttributedAndNothingReported() {
    JavaFileObject syntaxError =
        JavaFileObjects.forSourceString("sample.Other", "package sample;\nclass Other { void f( }\n");

    Compilation compilation = compile(Samples.useAfterMove(), syntaxError);

    assertThat(compilation).failed();
    assertThat(HostEnvironmentTest.custodyMessages(compilation)).isEmpty();
  }

  @Test
  void unresolvedSupertypeIsNotChecked() {
    JavaFileObject missingSupertype =
        JavaFileObjects.forSourceString(
            "sample.Broken",
            Samples.USE_AFTER_MOVE.replace("public class Broken {", "public class Broken extends Missing {"));

    Compilation compilation = compile(missingSupertype);

    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(HostEnvironmentTest.custodyMessages(compilation)).isEmpty();
  }

  private static Compilation compile(JavaFileObject... sources) {
    JavaFileObject[] all = new JavaFileObject[sources.length + 1];
    all[0] = Samples.resource();
    System.arraycopy(sources, 0, all, 1, sources.length);
    return javac()
        .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
        .compile(all);
  }
}
