package dev.custody.processor.javac;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link GlueReferences} finds glue names in a file's text: as whole identifiers. */
class GlueReferencesTest {
  @Test
  void aWholeIdentifierCounts() {
    assertThat(GlueReferences.glueNamesIn("Slot_DropGlue.drop(s);")).containsExactly("Slot_DropGlue");
    assertThat(GlueReferences.glueNamesIn("  app.Slot_DropGlue.drop(s)"))
        .containsExactly("Slot_DropGlue");
    assertThat(GlueReferences.glueNamesIn("x(Slot_DropGlue)")).containsExactly("Slot_DropGlue");
    assertThat(GlueReferences.glueNamesIn("import a.Slot_DropGlue")).containsExactly("Slot_DropGlue");
    assertThat(GlueReferences.glueNamesIn("Slot_DropGlue")).containsExactly("Slot_DropGlue");
  }

  @Test
  void aLongerIdentifierCountsAsItself() {
    assertThat(GlueReferences.glueNamesIn("Pool_Slot_DropGlue.drop(s);"))
        .containsExactly("Pool_Slot_DropGlue");
    assertThat(GlueReferences.glueNamesIn("Slot_DropGlue2.drop(s);"))
        .containsExactly("Slot_DropGlue2");
    assertThat(GlueReferences.glueNamesIn("$Slot_DropGlue")).containsExactly("$Slot_DropGlue");
    assertThat(GlueReferences.glueNamesIn("A_DropGlue_DropGlue x;"))
        .containsExactly("A_DropGlue_DropGlue");
  }

  @Test
  void everyOccurrenceIsFound() {
    assertThat(
            GlueReferences.glueNamesIn(
                "Pool_Slot_DropGlue.drop(a); Slot_DropGlue.drop(b); Slot_DropGlue.drop(c);"))
        .containsExactly("Pool_Slot_DropGlue", "Slot_DropGlue");
  }

  @Test
  void aFileWithoutTheSuffixNamesNone() {
    assertThat(GlueReferences.glueNamesIn("")).isEmpty();
    assertThat(GlueReferences.glueNamesIn("class Slot { void close() {} } // DropGlue")).isEmpty();
  }
}
