package dev.custody.processor.javac;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link GlueReferences} finds a glue's name in a file's text: as a whole identifier. */
class GlueReferencesTest {
  @Test
  void aWholeIdentifierCounts() {
    assertThat(GlueReferences.namesIdentifier("Slot_DropGlue.drop(s);", "Slot_DropGlue")).isTrue();
    assertThat(GlueReferences.namesIdentifier("  app.Slot_DropGlue.drop(s)", "Slot_DropGlue"))
        .isTrue();
    assertThat(GlueReferences.namesIdentifier("x(Slot_DropGlue)", "Slot_DropGlue")).isTrue();
    assertThat(GlueReferences.namesIdentifier("import a.Slot_DropGlue", "Slot_DropGlue")).isTrue();
  }

  @Test
  void partOfALongerIdentifierDoesNot() {
    assertThat(GlueReferences.namesIdentifier("Pool_Slot_DropGlue.drop(s);", "Slot_DropGlue"))
        .isFalse();
    assertThat(GlueReferences.namesIdentifier("Slot_DropGlue2.drop(s);", "Slot_DropGlue"))
        .isFalse();
    assertThat(GlueReferences.namesIdentifier("$Slot_DropGlue", "Slot_DropGlue")).isFalse();
    assertThat(GlueReferences.namesIdentifier("", "Slot_DropGlue")).isFalse();
  }

  @Test
  void aLaterWholeOccurrenceIsFoundAfterAPartialOne() {
    assertThat(
            GlueReferences.namesIdentifier(
                "Pool_Slot_DropGlue.drop(a); Slot_DropGlue.drop(b);", "Slot_DropGlue"))
        .isTrue();
  }
}
