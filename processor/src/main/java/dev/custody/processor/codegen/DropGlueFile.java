package dev.custody.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Builds the source of one drop glue class with JavaPoet. Pure: reads the model, writes nothing.
 *
 * <p>For {@code Connection} with owned fields {@code socket} and {@code buffer}:
 *
 * <pre>{@code
 * @Generated("dev.custody.processor.CustodyProcessor")
 * final class Connection_DropGlue {
 *   private Connection_DropGlue() {
 *   }
 *
 *   static void drop(@Owned Socket socket, @Owned Buffer buffer) throws IOException {
 *     try (buffer; socket) {
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>The body is a try-with-resources listing the fields last to first: the JLS (14.20.3) then
 * guarantees exactly the drop order Custody promises, declaration order, skipping nulls, closing
 * the rest after a failure and adding their failures to the first as suppressed; and javac checks
 * the throws clause this class computes.
 */
final class DropGlueFile {
  /** The nested interface that adapts a non-{@link AutoCloseable} close() to a resource. */
  private static final String CLOSE_METHOD = "CloseMethod";

  private final GlueTypes glueTypes;
  private final SourceVersion sourceVersion;
  private final ClassName generatedAnnotation;
  private final ClassName ownedAnnotation;

  /**
   * @param generatedAnnotation the {@code @Generated} annotation to put on the class, or {@code
   *     null} when none can be used (see {@link DropGlueGenerator})
   * @param ownedAnnotation {@code @Owned} for the parameters (the glue takes ownership of the
   *     fields, and Custody checks the glue like any other code), or {@code null} when the
   *     class's code cannot name the annotation
   */
  DropGlueFile(
      GlueTypes glueTypes,
      SourceVersion sourceVersion,
      ClassName generatedAnnotation,
      ClassName ownedAnnotation) {
    this.glueTypes = glueTypes;
    this.sourceVersion = sourceVersion;
    this.generatedAnnotation = generatedAnnotation;
    this.ownedAnnotation = ownedAnnotation;
  }

  JavaFile build(TypeElement type, List<VariableElement> ownedFields, ClassName glueName) {
    PackageElement pkg = GlueTypes.packageOf(type);

    // Parameter types: the fields' types as the glue's package can name them.
    List<TypeMirror> parameterTypes = new ArrayList<>();
    for (VariableElement field : ownedFields) {
      parameterTypes.add(glueTypes.accessibleView(field.asType(), pkg));
    }
    List<TypeVariable> typeVariables = typeVariablesOf(type, parameterTypes, pkg);

    MethodSpec.Builder drop =
        MethodSpec.methodBuilder(DropGlueGenerator.DROP_METHOD)
            .addModifiers(Modifier.STATIC)
            .addJavadoc(dropJavadoc(type, ownedFields));
    for (TypeVariable variable : typeVariables) {
      drop.addTypeVariable(declaration(variable, pkg));
    }
    List<TypeMirror> thrown = new ArrayList<>();
    List<Resource> resources = new ArrayList<>();
    for (int i = 0; i < ownedFields.size(); i++) {
      String name = ownedFields.get(i).getSimpleName().toString();
      TypeMirror parameterType = parameterTypes.get(i);
      ParameterSpec.Builder parameter = ParameterSpec.builder(TypeName.get(parameterType), name);
      if (ownedAnnotation != null) {
        parameter.addAnnotation(ownedAnnotation);
      }
      drop.addParameter(parameter.build());
      List<TypeMirror> exceptions =
          glueTypes.checkedCloseExceptions(
              parameterType, pkg, variable -> contains(typeVariables, variable));
      Resource resource =
          new Resource(name, parameterType, glueTypes.closing(parameterType, pkg), exceptions);
      resources.add(resource);
      thrown.addAll(resource.thrown());
    }
    for (TypeMirror exception : glueTypes.minimal(thrown)) {
      drop.addException(TypeName.get(exception));
    }
    ClassName closeMethod = glueName.nestedClass(CLOSE_METHOD);
    addBody(drop, resources, closeMethod);

    TypeSpec.Builder glue =
        TypeSpec.classBuilder(glueName)
            .addOriginatingElement(type)
            .addJavadoc(
                "Drop glue for {@code $L}: closes its owned fields in declaration order.\n"
                    + "\n<p>Generated by Custody. A correct {@code close()} delegates to it:\n"
                    + "{@code $T.$L($L);}\n",
                displayName(type),
                glueName,
                DropGlueGenerator.DROP_METHOD,
                String.join(", ", fieldNames(ownedFields)))
            .addModifiers(Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(drop.build());
    for (Resource resource : resources) {
      if (resource.closing == GlueTypes.Closing.CLOSE_METHOD) {
        glue.addType(closeMethodInterface());
        break;
      }
    }
    if (generatedAnnotation != null) {
      glue.addAnnotation(
          AnnotationSpec.builder(generatedAnnotation)
              .addMember("value", "$S", DropGlueGenerator.GENERATOR_NAME)
              .build());
    }
    return JavaFile.builder(glueName.packageName(), glue.build())
        .skipJavaLangImports(true)
        .build();
  }

  /** One owned field as the glue closes it. */
  private final class Resource {
    final String name;
    final TypeMirror type;
    final GlueTypes.Closing closing;
    /** The checked exceptions of the field's close(), minimal. */
    final List<TypeMirror> exceptions;

    Resource(
        String name, TypeMirror type, GlueTypes.Closing closing, List<TypeMirror> exceptions) {
      this.name = name;
      this.type = type;
      this.closing = closing;
      this.exceptions = exceptions;
    }

    /**
     * What closing this field adds to the glue's throws clause. Through {@code CloseMethod<E>} a
     * close() with several checked exceptions throws their common supertype, {@code Exception}.
     */
    List<TypeMirror> thrown() {
      if (closing == GlueTypes.Closing.CLOSE_METHOD && exceptions.size() > 1) {
        return List.of(glueTypes.exception());
      }
      return exceptions;
    }

    /** The type argument of {@code CloseMethod<E>} for this field. */
    TypeName closeMethodException() {
      if (exceptions.isEmpty()) {
        return ClassName.get(RuntimeException.class);
      }
      return TypeName.get(thrown().get(0));
    }
  }

  private void addBody(MethodSpec.Builder drop, List<Resource> fields, ClassName closeMethod) {
    drop.addComment("try-with-resources closes its resources last to first, so listing the")
        .addComment("fields in reverse closes them in declaration order.");
    // Java 9 takes an effectively final parameter as a resource as it is; Java 8, and a field
    // closed through its own close() method, need a resource variable.
    boolean java9 = sourceVersion.compareTo(SourceVersion.RELEASE_9) >= 0;
    NameAllocator names = new NameAllocator();
    for (Resource field : fields) {
      names.newName(field.name, field);
    }
    boolean declaresVariables = false;
    boolean closesThroughMethodReferences = false;
    List<CodeBlock> resources = new ArrayList<>();
    for (int i = fields.size() - 1; i >= 0; i--) {
      Resource field = fields.get(i);
      if (field.closing == GlueTypes.Closing.CLOSE_METHOD) {
        resources.add(
            CodeBlock.of(
                "$T<$T> $N = $N == null ? null : $N::close",
                closeMethod,
                field.closeMethodException(),
                names.newName(field.name + "Resource"),
                field.name,
                field.name));
        declaresVariables = true;
        closesThroughMethodReferences = true;
      } else if (java9) {
        resources.add(CodeBlock.of("$N", field.name));
      } else {
        resources.add(
            CodeBlock.of(
                "$T $N = $N",
                TypeName.get(field.type),
                names.newName(field.name + "Resource"),
                field.name));
        declaresVariables = true;
      }
    }
    List<String> suppressed = new ArrayList<>();
    if (declaresVariables) {
      // The variables are never read in the (empty) body, which javac's "try" lint reports.
      suppressed.add("try");
    }
    if (closesThroughMethodReferences) {
      // Custody's checker sees 'handle::close' as a borrow of 'handle', not as its drop.
      suppressed.add("custody");
    }
    if (!suppressed.isEmpty()) {
      drop.addAnnotation(suppressWarnings(suppressed));
    }
    // $W: JavaPoet may break a long resource list there.
    drop.beginControlFlow("try ($L)", CodeBlock.join(resources, ";$W")).endControlFlow();
  }

  private static AnnotationSpec suppressWarnings(List<String> names) {
    if (names.size() == 1) {
      return AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", names.get(0))
          .build();
    }
    List<CodeBlock> values = new ArrayList<>();
    for (String name : names) {
      values.add(CodeBlock.of("$S", name));
    }
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "{$L}", CodeBlock.join(values, ", "))
        .build();
  }

  /**
   * {@code CloseMethod<E>}: lets try-with-resources close a field whose type has a {@code close()}
   * but is not {@link AutoCloseable}, as {@code handle == null ? null : handle::close}.
   */
  private static TypeSpec closeMethodInterface() {
    TypeVariableName e = TypeVariableName.get("E", Exception.class);
    return TypeSpec.interfaceBuilder(CLOSE_METHOD)
        .addJavadoc("A {@code close()} that is not {@link AutoCloseable}'s, as a resource.\n")
        // E may be InterruptedException, which javac's "try" lint warns about.
        .addAnnotation(suppressWarnings(List.of("try")))
        .addAnnotation(FunctionalInterface.class)
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariable(e)
        .addSuperinterface(AutoCloseable.class)
        .addMethod(
            MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addException(e)
                .build())
        .build();
  }

  private static CodeBlock dropJavadoc(TypeElement type, List<VariableElement> fields) {
    List<String> codes = new ArrayList<>();
    for (String name : fieldNames(fields)) {
      codes.add("{@code " + name + "}");
    }
    return CodeBlock.builder()
        .add("Drops the owned fields of {@code $L} in declaration order:\n", displayName(type))
        .add("$L.\n", String.join(", ", codes))
        .add("\n<p>Skips null fields. If a {@code close()} throws, the remaining fields are")
        .add(" still\nclosed, their failures are added to the first as suppressed exceptions,")
        .add(" and the\nfirst is rethrown.\n")
        .build();
  }

  private static List<String> fieldNames(List<VariableElement> fields) {
    List<String> names = new ArrayList<>();
    for (VariableElement field : fields) {
      names.add(field.getSimpleName().toString());
    }
    return names;
  }

  /** {@code Outer.Inner} for a member class, as a developer reads it. */
  private static String displayName(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      names.add(e.getSimpleName().toString());
    }
    Collections.reverse(names);
    return String.join(".", names);
  }

  private TypeVariableName declaration(TypeVariable variable, PackageElement pkg) {
    List<TypeName> bounds = new ArrayList<>();
    for (TypeMirror bound : glueTypes.accessibleBounds(variable, pkg)) {
      if (!isObject(bound)) {
        bounds.add(TypeName.get(bound));
      }
    }
    return TypeVariableName.get(
        variable.asElement().getSimpleName().toString(), bounds.toArray(new TypeName[0]));
  }

  private static boolean isObject(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.Object");
  }

  /**
   * The type variables the glue method must declare: those its parameter types mention, directly
   * or through bounds. Ordered as the class and its enclosing classes declare them (outermost
   * first), so {@code Pair<A, B>} gives {@code <A, B>} whatever the field order.
   */
  private List<TypeVariable> typeVariablesOf(
      TypeElement type, List<TypeMirror> parameterTypes, PackageElement pkg) {
    Map<Element, TypeVariable> referenced = new LinkedHashMap<>();
    for (TypeMirror parameterType : parameterTypes) {
      collectTypeVariables(parameterType, referenced, pkg, new HashSet<>());
    }
    List<TypeElement> chain = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      chain.add(0, (TypeElement) e);
    }
    List<TypeVariable> ordered = new ArrayList<>();
    for (TypeElement declaring : chain) {
      for (TypeParameterElement parameter : declaring.getTypeParameters()) {
        TypeVariable variable = referenced.remove(parameter);
        if (variable != null) {
          ordered.add(variable);
        }
      }
    }
    ordered.addAll(referenced.values());
    return ordered;
  }

  private void collectTypeVariables(
      TypeMirror type, Map<Element, TypeVariable> into, PackageElement pkg, Set<Element> seen) {
    if (type == null) {
      return;
    }
    switch (type.getKind()) {
      case TYPEVAR:
        TypeVariable variable = (TypeVariable) type;
        if (seen.add(variable.asElement())) {
          into.putIfAbsent(variable.asElement(), variable);
          for (TypeMirror bound : glueTypes.accessibleBounds(variable, pkg)) {
            collectTypeVariables(bound, into, pkg, seen);
          }
        }
        break;
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        collectTypeVariables(declared.getEnclosingType(), into, pkg, seen);
        for (TypeMirror argument : declared.getTypeArguments()) {
          collectTypeVariables(argument, into, pkg, seen);
        }
        break;
      case ARRAY:
        collectTypeVariables(((ArrayType) type).getComponentType(), into, pkg, seen);
        break;
      case WILDCARD:
        collectTypeVariables(((WildcardType) type).getExtendsBound(), into, pkg, seen);
        collectTypeVariables(((WildcardType) type).getSuperBound(), into, pkg, seen);
        break;
      case INTERSECTION:
        for (TypeMirror bound : ((IntersectionType) type).getBounds()) {
          collectTypeVariables(bound, into, pkg, seen);
        }
        break;
      default:
        break;
    }
  }

  private static boolean contains(List<TypeVariable> declared, TypeVariable variable) {
    for (TypeVariable candidate : declared) {
      if (candidate.asElement().equals(variable.asElement())) {
        return true;
      }
    }
    return false;
  }
}
