package dev.custody.processor.codegen;

import dev.custody.processor.model.OwnershipModel;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Runs only the drop glue generator, the way the Custody processor does in {@code process()}, so
 * the generator is tested apart from the checker.
 */
final class GlueOnlyProcessor extends AbstractProcessor {
  private final boolean regenerate;
  private final Set<String> seen = new LinkedHashSet<>();
  private DropGlueGenerator generator;

  GlueOnlyProcessor() {
    this(false);
  }

  /**
   * @param regenerate also ask for the glue of every root type seen so far again in every round,
   *     as a processor that calls {@link DropGlueGenerator#generate} directly might
   */
  GlueOnlyProcessor(boolean regenerate) {
    this.regenerate = regenerate;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    generator =
        new DropGlueGenerator(env, new OwnershipModel(env.getElementUtils(), env.getTypeUtils()));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    generator.process(round);
    if (regenerate) {
      for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
        seen.add(type.getQualifiedName().toString());
      }
      for (String name : seen) {
        generator.generate(processingEnv.getElementUtils().getTypeElement(name));
      }
    }
    // Claims everything, so that -Werror is not tripped by "no processor claimed @Owned".
    return true;
  }
}
