package dev.custody.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.custody.processor.model.OwnershipModel;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Generates drop glue: for every class, record or enum with owned fields, a package-private class
 * {@code <Outer>_<Name>_DropGlue} next to it with one method, {@code static void drop(..)}, whose
 * parameters mirror the owned fields (names, types, declaration order) and which closes them in
 * that order, null-safe, closing the rest when one throws and adding the later failures to the
 * first as suppressed. A correct {@code close()} is then one line, {@code
 * Connection_DropGlue.drop(socket, buffer);}, and stops compiling when a field is added. See
 * {@code docs/drop-glue.md}.
 *
 * <p>Runs in {@code process()}: call {@link #process(RoundEnvironment)} in every round. Each type
 * gets its glue once; a type whose fields mention types not generated yet is retried in the next
 * round. Every generated file has exactly one originating element, the class, so the processor
 * can be registered as isolating for Gradle. Failures become compiler errors on the class, never
 * exceptions out of the processor.
 */
public final class DropGlueGenerator {
  /** The processor named in {@code @Generated}. */
  public static final String GENERATOR_NAME = "dev.custody.processor.CustodyProcessor";

  /** Appended to the class's (flattened) name to name its glue. */
  public static final String GLUE_SUFFIX = "_DropGlue";

  /** The glue's only method. */
  public static final String DROP_METHOD = "drop";

  private static final String GENERATED_9 = "javax.annotation.processing.Generated";
  private static final String GENERATED_8 = "javax.annotation.Generated";

  private final Filer filer;
  private final Messager messager;
  private final Elements elements;
  private final SourceVersion sourceVersion;
  private final OwnershipModel model;
  private final GlueTypes glueTypes;
  /**
   * Asked last, of the types that could have glue: whether to write theirs. Under {@code
   * referenced} it reads the class's file, which costs more than finding that a class has no
   * owned fields, the answer for most classes of most code.
   */
  private final Predicate<TypeElement> wanted;

  /** Qualified names of the types already handled (glue written, or an error reported). */
  private final Set<String> done = new HashSet<>();
  /** Glue class name to the type it was generated for: two types must not share one. */
  private final Map<String, String> glueOwners = new HashMap<>();
  /** Types waiting for a later round because a field's type does not resolve yet. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** A generator that writes glue for every type that can have it. */
  public DropGlueGenerator(ProcessingEnvironment env, OwnershipModel model) {
    this(env, model, type -> true);
  }

  /**
   * A generator that writes glue for the types that can have it and that {@code wanted} accepts
   * (under {@code -Acustody.glue=referenced}, those whose own source file names their glue).
   */
  public DropGlueGenerator(
      ProcessingEnvironment env, OwnershipModel model, Predicate<TypeElement> wanted) {
    this.wanted = wanted;
    this.filer = env.getFiler();
    this.messager = env.getMessager();
    this.elements = env.getElementUtils();
    this.sourceVersion = env.getSourceVersion();
    this.model = model;
    this.glueTypes = new GlueTypes(env.getElementUtils(), env.getTypeUtils());
  }

  /**
   * Generates the glue for the root elements of {@code round} and every class nested in them, and
   * for types deferred from earlier rounds. Call it once per round from {@code process()}.
   */
  public void process(RoundEnvironment round) {
    List<TypeElement> work = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        work.add(type);
      }
    }
    deferred.clear();
    for (Element root : round.getRootElements()) {
      collectTypes(root, work);
    }
    for (TypeElement type : work) {
      if (!isCandidate(type) || done.contains(type.getQualifiedName().toString())) {
        continue;
      }
      if (hasUnresolvedFields(type)) {
        // Perhaps another processor generates the missing type this round. In the last round
        // javac reports the missing type itself; glue against it could not compile anyway.
        if (!round.processingOver()) {
          deferred.add(type.getQualifiedName().toString());
        }
        continue;
      }
      if (shouldGenerate(type) && wanted.test(type)) {
        generate(type);
      }
    }
  }

  private static void collectTypes(Element element, List<TypeElement> into) {
    Deque<Element> queue = new ArrayDeque<>();
    queue.add(element);
    while (!queue.isEmpty()) {
      Element next = queue.removeFirst();
      if (next instanceof TypeElement) {
        into.add((TypeElement) next);
        queue.addAll(ElementFilter.typesIn(next.getEnclosedElements()));
      }
    }
  }

  /**
   * Whether {@code type} gets drop glue: a top-level or member class, record or enum (not local or
   * anonymous: their glue could not be named from the class's code anyway) that declares owned
   * fields, each of them {@link AutoCloseable} or with a {@code close()} the glue can call. The
   * model only lets closeable fields be owned; should one still not be closeable from the glue's
   * package, the class gets no glue and its {@code close()} is written by hand.
   */
  public boolean shouldGenerate(TypeElement type) {
    if (!isCandidate(type) || hasUnresolvedFields(type)) {
      return false;
    }
    List<VariableElement> owned = model.ownedFields(type);
    if (owned.isEmpty()) {
      return false;
    }
    for (VariableElement field : owned) {
      if (!glueTypes.canDrop(field.asType(), GlueTypes.packageOf(type))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code type} is a kind of class that gets glue when it has owned fields: a top-level or
   * member class, record or enum.
   */
  public static boolean isCandidate(TypeElement type) {
    ElementKind kind = type.getKind();
    if (kind != ElementKind.CLASS && kind != ElementKind.RECORD && kind != ElementKind.ENUM) {
      return false;
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      NestingKind nesting = ((TypeElement) e).getNestingKind();
      if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasUnresolvedFields(TypeElement type) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (GlueTypes.containsErrors(field.asType())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes the glue for {@code type} unless it was written already (or {@link #shouldGenerate}
   * says no). A file that cannot be written is reported as an error on {@code type}.
   */
  public void generate(TypeElement type) {
    String origin = type.getQualifiedName().toString();
    if (done.contains(origin) || !shouldGenerate(type)) {
      return;
    }
    done.add(origin);
    ClassName glueName = glueClassName(type);
    String previous = glueOwners.putIfAbsent(glueName.canonicalName(), origin);
    if (previous != null) {
      error(
          type,
          "Custody cannot generate drop glue for %s: its name %s is already the drop glue of %s;"
              + " rename one of the two classes",
          origin,
          glueName.canonicalName(),
          previous);
      return;
    }
    JavaFile file;
    try {
      file =
          new DropGlueFile(
                  glueTypes, sourceVersion, generatedAnnotation(type), ownedAnnotation(type))
              .build(type, model.ownedFields(type), glueName);
    } catch (RuntimeException e) {
      error(type, "Custody failed to generate the drop glue of %s: %s", origin, e);
      return;
    }
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      error(
          type,
          "Custody could not write the drop glue %s of %s: %s",
          glueName.canonicalName(),
          origin,
          e.getMessage());
    }
  }

  /**
   * The qualified name of the drop glue of {@code type}: same package, the simple names from the
   * outermost class down joined by {@code _}, then {@value #GLUE_SUFFIX}; {@code
   * com.acme.Connection} → {@code com.acme.Connection_DropGlue}, {@code com.acme.Pool.Slot} →
   * {@code com.acme.Pool_Slot_DropGlue}. The checker uses it to recognise a {@code close()} that
   * delegates to the glue.
   */
  public static String glueQualifiedName(TypeElement type) {
    return glueClassName(type).canonicalName();
  }

  /**
   * Whether {@code method} is the drop method of {@code owner}'s glue, so that a call to it in
   * {@code owner}'s {@code close()} drops every field passed to it. The glue's parameters are
   * {@code @Owned} when the class can name the annotation; this recognises the call also when they
   * cannot be (Custody's annotations not on the class path or not read by the class's module).
   */
  public static boolean isDropGlueOf(ExecutableElement method, TypeElement owner) {
    Element enclosing = method.getEnclosingElement();
    return method.getSimpleName().contentEquals(DROP_METHOD)
        && method.getModifiers().contains(Modifier.STATIC)
        && enclosing instanceof TypeElement
        && ((TypeElement) enclosing).getQualifiedName().contentEquals(glueQualifiedName(owner));
  }

  static ClassName glueClassName(TypeElement type) {
    String pkg = GlueTypes.packageOf(type).getQualifiedName().toString();
    return ClassName.get(pkg, glueSimpleName(type));
  }

  /** The simple name of {@code type}'s glue ({@code Pool_Slot_DropGlue} for {@code Pool.Slot}). */
  public static String glueSimpleName(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      names.add(e.getSimpleName().toString());
    }
    Collections.reverse(names);
    return String.join("_", names) + GLUE_SUFFIX;
  }

  /**
   * {@code @Owned} for the glue's parameters, or {@code null} when the class's code cannot name it:
   * its fields may be owned only because a library's type is tracked, without Custody's annotations
   * on the class path or read by the class's module.
   */
  private ClassName ownedAnnotation(TypeElement type) {
    return visibleAnnotation(OwnershipModel.OWNED, type);
  }

  /**
   * The {@code @Generated} to use for glue of {@code type}, or {@code null}. From Java 9 it is
   * {@code javax.annotation.processing.Generated}, which lives in module {@code java.compiler}: a
   * class in a named module that does not read {@code java.compiler} gets no annotation rather
   * than a compile error. Up to Java 8 it is {@code javax.annotation.Generated}, if present.
   */
  private ClassName generatedAnnotation(TypeElement type) {
    return visibleAnnotation(
        sourceVersion.compareTo(SourceVersion.RELEASE_8) <= 0 ? GENERATED_8 : GENERATED_9, type);
  }

  /** The annotation type {@code qualifiedName} if code next to {@code from} can use it. */
  private ClassName visibleAnnotation(String qualifiedName, TypeElement from) {
    TypeElement annotation = elements.getTypeElement(qualifiedName);
    if (annotation == null) {
      return null;
    }
    if (sourceVersion.compareTo(SourceVersion.RELEASE_9) >= 0) {
      ModuleElement module = elements.getModuleOf(from);
      ModuleElement home = elements.getModuleOf(annotation);
      if (module != null
          && !module.isUnnamed()
          && home != null
          && !home.isUnnamed()
          && !reads(module, home.getQualifiedName().toString())) {
        return null;
      }
    }
    return ClassName.get(annotation);
  }

  /** Whether {@code module} reads {@code target}: requires it, or one requiring it transitively. */
  private static boolean reads(ModuleElement module, String target) {
    if (module.getQualifiedName().contentEquals(target)) {
      return true;
    }
    Set<ModuleElement> seen = new HashSet<>();
    Deque<ModuleElement> queue = new ArrayDeque<>();
    for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      queue.add(requires.getDependency());
    }
    // Modules reached from module's own requires are read; from theirs, only transitive ones.
    while (!queue.isEmpty()) {
      ModuleElement next = queue.removeFirst();
      if (!seen.add(next)) {
        continue;
      }
      if (next.getQualifiedName().contentEquals(target)) {
        return true;
      }
      for (RequiresDirective requires : ElementFilter.requiresIn(next.getDirectives())) {
        if (requires.isTransitive()) {
          queue.add(requires.getDependency());
        }
      }
    }
    return false;
  }

  private void error(Element element, String format, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }
}
