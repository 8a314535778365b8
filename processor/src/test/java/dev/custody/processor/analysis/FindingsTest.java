package dev.custody.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.source.util.TreePath;
import dev.custody.processor.diagnostics.DiagnosticKind;
import dev.custody.processor.diagnostics.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.lang.model.element.Element;
import org.junit.jupiter.api.Test;

/**
 * A body's reports wait for javac's verdict on the body and on its class, and a verdict (a pass over
 * the body or the class) is asked only when there is something to send.
 */
class FindingsTest {
  private final List<String> sent = new ArrayList<>();
  private final Findings findings = new Findings(new Collecting(), null, null);
  private final AtomicInteger verdictsAsked = new AtomicInteger();

  private BooleanSupplier verdict(boolean rejected) {
    return () -> {
      verdictsAsked.incrementAndGet();
      return rejected;
    };
  }

  @Test
  void reportsOfAnAcceptedBodyAreSentAfterIt() {
    findings.vetted(
        verdict(false),
        () -> {
          findings.reporter().report(DiagnosticKind.LEAK, null, null, "leaked");
          assertEquals(List.of(), sent, "held while the body is analysed");
          findings.reporter().note(DiagnosticKind.LEAK, null, null, "declared here");
        });

    assertEquals(List.of("report leaked", "note declared here"), sent);
    assertEquals(1, verdictsAsked.get());
  }

  @Test
  void reportsOfARejectedBodyAreDropped() {
    findings.vetted(
        verdict(true), () -> findings.reporter().report(DiagnosticKind.LEAK, null, null, "leaked"));

    assertEquals(List.of(), sent);
    assertEquals(1, verdictsAsked.get());
  }

  @Test
  void aBodyWithNothingToReportIsNeverVetted() {
    findings.vetted(verdict(true), () -> {});

    assertEquals(0, verdictsAsked.get());
  }

  @Test
  void nestedReportsAlsoWaitForTheEnclosingVerdict() {
    findings.vetted(
        verdict(true),
        () ->
            findings.vetted(
                verdict(false),
                () -> findings.reporter().report(DiagnosticKind.LEAK, null, null, "nested")));

    assertEquals(List.of(), sent, "a body of a rejected class reports nothing");
    assertEquals(2, verdictsAsked.get());
  }

  @Test
  void aRejectedNestedBodyDropsOnlyItsOwnReports() {
    findings.vetted(
        verdict(false),
        () -> {
          findings.reporter().report(DiagnosticKind.LEAK, null, null, "outer");
          findings.vetted(
              verdict(true),
              () -> findings.reporter().report(DiagnosticKind.LEAK, null, null, "nested"));
          assertEquals(List.of(), sent, "held until the outer verdict");
        });

    assertEquals(List.of("report outer"), sent);
  }

  @Test
  void aFailureInANestedBodyOfARejectedClassIsDropped() {
    findings.vetted(
        verdict(true),
        () ->
            findings.vetted(
                verdict(false),
                () -> {
                  throw new IllegalStateException("half-built class");
                }));

    assertEquals(List.of(), sent);
  }

  @Test
  void aFailureOnARejectedBodyIsJavacsErrorAndDropped() {
    findings.vetted(
        verdict(true),
        () -> {
          findings.reporter().report(DiagnosticKind.LEAK, null, null, "leaked");
          throw new IllegalStateException("half-built tree");
        });

    assertEquals(List.of(), sent);
  }

  @Test
  void aFailureOnAnAcceptedBodyIsTheCheckersAndPropagates() {
    IllegalStateException failure = new IllegalStateException("bug");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                findings.vetted(
                    verdict(false),
                    () -> {
                      findings.reporter().report(DiagnosticKind.LEAK, null, null, "before");
                      throw failure;
                    }));

    assertSame(failure, thrown);
    assertEquals(List.of("report before"), sent, "what was found before the failure still counts");
    findings.reporter().report(DiagnosticKind.LEAK, null, null, "after");
    assertEquals(List.of("report before", "report after"), sent, "nothing held any more");
  }

  private final class Collecting implements Reporter {
    @Override
    public void report(DiagnosticKind kind, TreePath at, Element subject, String message) {
      sent.add("report " + message);
    }

    @Override
    public void note(DiagnosticKind kind, TreePath at, Element subject, String message) {
      sent.add("note " + message);
    }

    @Override
    public void internalError(TreePath at, String what, Throwable failure) {
      sent.add("internal " + what);
    }
  }
}
