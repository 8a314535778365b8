package dev.custody.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims {@code @Owned} and {@code @Borrowed}. {@link CustodyProcessor} must not claim annotations
 * (it supports {@code "*"}), and an unclaimed annotation makes {@code -Xlint:all -Werror} builds
 * fail with "No processor claimed any of these annotations". The drop glue Custody generates
 * carries {@code @javax.annotation.processing.Generated}, which would trigger the same warning in
 * the round that compiles it, so that annotation is claimed too.
 *
 * <p>javac stops offering a round to further processors once every annotation is claimed, so this
 * class must come after {@link CustodyProcessor} in the service file; AutoService writes it
 * sorted by name, and a test keeps the order honest.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({
  "dev.custody.*",
  "javax.annotation.processing.Generated",
  "javax.annotation.Generated"
})
public final class OwnershipAnnotationsClaimer extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return true;
  }
}
