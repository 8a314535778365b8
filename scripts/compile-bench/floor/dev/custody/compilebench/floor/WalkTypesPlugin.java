package dev.custody.compilebench.floor;

/** {@link WalkPlugin} that also asks javac the type of every node of the kinds the prescan asks about. */
public final class WalkTypesPlugin extends WalkPlugin {
  @Override
  boolean asksTypes() {
    return true;
  }
}
