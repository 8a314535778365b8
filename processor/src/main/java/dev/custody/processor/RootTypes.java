package dev.custody.processor;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The top-level types this compilation was asked to compile (every round's root elements). Only
 * these are checked: classes javac pulls in through {@code -sourcepath} are analysed by javac too,
 * but they belong to someone else's build.
 *
 * <p>Kept by qualified name rather than by element, so the answer does not depend on whether a
 * compiler reuses element objects across processing rounds.
 */
public final class RootTypes {
  private final Set<String> names = ConcurrentHashMap.newKeySet();

  public void addAll(Collection<? extends Element> rootElements) {
    for (Element element : rootElements) {
      if (element instanceof TypeElement) {
        names.add(((TypeElement) element).getQualifiedName().toString());
      }
    }
  }

  public boolean contains(TypeElement type) {
    return type != null && names.contains(type.getQualifiedName().toString());
  }

  public boolean isEmpty() {
    return names.isEmpty();
  }
}
