package dev.custody.processor.cases;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.custody.processor.cases.Expectation.Severity;
import dev.custody.processor.cases.ExpectationParser.MalformedExpectationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpectationParserTest {

  @Test
  void fileWithoutMarkersExpectsNothing() throws Exception {
    assertThat(ExpectationParser.parse("class A {\n  // ~ not a marker\n}\n")).isEmpty();
  }

  @Test
  void errorMarkerExpectsKindOnItsOwnLine() throws Exception {
    assertThat(ExpectationParser.parse("class A {\n  void f() { r.use(); } //~ ERROR use-after-move\n}"))
        .containsExactly(new Expectation(2, Severity.ERROR, "use-after-move", null, 2));
  }

  @Test
  void textAfterColonIsKeptTrimmed() throws Exception {
    assertThat(ExpectationParser.parse("x(); //~ ERROR leak:  exits at line 7  "))
        .containsExactly(new Expectation(1, Severity.ERROR, "leak", "exits at line 7", 1));
  }

  @Test
  void textMayContainColonsAndBrackets() throws Exception {
    assertThat(ExpectationParser.parse("x(); //~ ERROR leak: [a]: b"))
        .containsExactly(new Expectation(1, Severity.ERROR, "leak", "[a]: b", 1));
  }

  @Test
  void severalMarkersOnOneLine() throws Exception {
    assertThat(ExpectationParser.parse("x(); //~ ERROR leak //~ ERROR double-drop: twice"))
        .containsExactly(
            new Expectation(1, Severity.ERROR, "leak", null, 1),
            new Expectation(1, Severity.ERROR, "double-drop", "twice", 1))
        .inOrder();
  }

  @Test
  void sameMarkerTwiceIsAMultiset() throws Exception {
    assertThat(ExpectationParser.parse("x(); //~ ERROR leak //~ ERROR leak")).hasSize(2);
  }

  @Test
  void caretsPointUpOneLineEach() throws Exception {
    assertThat(ExpectationParser.parse("a\nb\nc\n//~^ ERROR leak\n//~^^^ WARNING double-drop"))
        .containsExactly(
            new Expectation(3, Severity.ERROR, "leak", null, 4),
            new Expectation(2, Severity.WARNING, "double-drop", null, 5))
        .inOrder();
  }

  @Test
  void warningAndNoteMarkers() throws Exception {
    assertThat(ExpectationParser.parse("a //~ WARNING leak\nb //~ NOTE value moved here"))
        .containsExactly(
            new Expectation(1, Severity.WARNING, "leak", null, 1),
            new Expectation(2, Severity.NOTE, null, "value moved here", 2))
        .inOrder();
  }

  @Test
  void everyKindIsAccepted() throws Exception {
    for (dev.custody.processor.diagnostics.DiagnosticKind kind :
        dev.custody.processor.diagnostics.DiagnosticKind.values()) {
      assertThat(ExpectationParser.parse("a //~ ERROR " + kind.id())).hasSize(1);
    }
  }

  @Test
  void windowsLineEndingsCountLinesTheSame() throws Exception {
    assertThat(ExpectationParser.parse("a\r\nb //~ ERROR leak\r\n").get(0).line()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x(); //~ ERROR",
        "x(); //~ ERROR use-after-mvoe",
        "x(); //~ ERRORleak",
        "x(); //~ error leak",
        "x(); //~ ERR leak",
        "x(); //~ ERROR leak:",
        "x(); //~ ERROR leak:   ",
        "x(); //~ NOTE",
        "x(); //~ NOTE   ",
        "x(); //~ ERROR leak // trailing comment",
        "x(); //~",
        "x(); //~^ ERROR leak",
        "x(); //~ ERROR leak //~ ERROR nonsense",
      })
  void malformedMarkersAreRejected(String line) {
    assertThrows(MalformedExpectationException.class, () -> ExpectationParser.parse(line));
  }

  @Test
  void malformedMarkerNamesLineAndKnownKinds() {
    MalformedExpectationException error =
        assertThrows(
            MalformedExpectationException.class,
            () -> ExpectationParser.parse("a\nb //~ ERROR leek"));
    assertThat(error).hasMessageThat().contains("line 2");
    assertThat(error).hasMessageThat().contains("'leek'");
    assertThat(error).hasMessageThat().contains("use-after-move");
  }
}
