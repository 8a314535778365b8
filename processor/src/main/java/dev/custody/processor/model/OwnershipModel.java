package dev.custody.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The ownership contract read off declarations: which types are tracked, which declarations own or
 * borrow. Pure {@code javax.lang.model}, so code generation in {@code process()} can use it as well
 * as the flow analysis. Answers about types are cached; one instance per compilation.
 */
public final class OwnershipModel {
  public static final String OWNED = "dev.custody.Owned";
  public static final String BORROWED = "dev.custody.Borrowed";
  public static final String CONSUMES = "dev.custody.Consumes";

  private final Elements elements;
  private final Types types;
  private final KnownNames names;
  private final TypeMirror autoCloseable;
  // Keyed by identity: javac's elements are unique within a compilation and do not override
  // equals. These are asked about nearly every expression (IdentityCache says why not a JDK map).
  private final IdentityCache<TypeElement, Boolean> trackedCache = new IdentityCache<>();
  private final IdentityCache<ExecutableElement, List<ExecutableElement>> overriddenCache =
      new IdentityCache<>();
  private final IdentityCache<TypeElement, Boolean> contractCache = new IdentityCache<>();
  private final IdentityCache<TypeElement, List<VariableElement>> ownedFieldsCache =
      new IdentityCache<>();
  private final IdentityCache<ExecutableElement, CallRelevance> callRelevanceCache =
      new IdentityCache<>();
  private final IdentityCache<ExecutableElement, Ownership> resultCache = new IdentityCache<>();
  private final IdentityCache<ExecutableElement, CallContract> callContractCache =
      new IdentityCache<>();
  /** Per method, what it does with each argument; an entry is filled when first asked. */
  private final IdentityCache<ExecutableElement, Ownership[]> parameterCache =
      new IdentityCache<>();
  private final IdentityCache<TypeElement, Optional<ExecutableElement>> closeMethodCache =
      new IdentityCache<>();
  private final IdentityCache<TypeElement, Optional<ExecutableElement>> dropMethodCache =
      new IdentityCache<>();
  private final IdentityCache<TypeElement, Boolean> autoCloseableCache = new IdentityCache<>();
  private final IdentityCache<TypeElement, Optional<ExecutableElement>> functionalMethodCache =
      new IdentityCache<>();
  private final IdentityCache<ModuleElement, Boolean> jdkModuleCache = new IdentityCache<>();
  private TypeMirror runtimeException;
  private TypeMirror error;
  /** How many {@link #isTracked(TypeElement)} computations are on the stack. */
  private int trackedInProgress;

  public OwnershipModel(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.names = new KnownNames(elements);
    TypeElement ac = inJavaBase("java.lang.AutoCloseable");
    this.autoCloseable = ac == null ? null : ac.asType();
  }

  /**
   * A class of {@code java.base}, looked up there where there are modules: asked without a module,
   * javac looks for the name in every module it knows (about a millisecond per name while its code
   * is still new to the JVM).
   */
  private TypeElement inJavaBase(String name) {
    ModuleElement base = elements.getModuleElement("java.base");
    return base == null ? elements.getTypeElement(name) : elements.getTypeElement(base, name);
  }

  /**
   * The {@code close()} that a value of {@code type} has (declared or inherited), or {@code null}.
   * Cached: listing all members of a type is costly, and the same few types are closed everywhere.
   */
  public ExecutableElement closeMethodOf(TypeElement type) {
    return once(closeMethodCache, type, this::findCloseMethod);
  }

  private ExecutableElement findCloseMethod(TypeElement type) {
    // Most closed types declare close() themselves, which then is the one all members show.
    ExecutableElement close = declaredClose(type);
    if (close != null) {
      return close;
    }
    for (ExecutableElement m : methodsIn(elements.getAllMembers(type))) {
      if (names.isCloseMethod(m)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The methods among {@code members}, as {@code ElementFilter.methodsIn} lists them, with code
   * javac runs itself: ElementFilter's is new to the JVM when Custody first asks, and runs
   * interpreted for much of a compilation.
   */
  private static List<ExecutableElement> methodsIn(List<? extends Element> members) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element member : members) {
      if (member.getKind() == ElementKind.METHOD) {
        methods.add((ExecutableElement) member);
      }
    }
    return methods;
  }

  /** A per-class method, possibly none: taken from {@code cache}, or found once by {@code find}. */
  private static ExecutableElement once(
      IdentityCache<TypeElement, Optional<ExecutableElement>> cache,
      TypeElement type,
      Function<TypeElement, ExecutableElement> find) {
    Optional<ExecutableElement> known = cache.get(type);
    if (known == null) {
      known = Optional.ofNullable(find.apply(type));
      cache.put(type, known);
    }
    return known.orElse(null);
  }

  /** {@code java.lang.RuntimeException}, looked up once. */
  public TypeMirror runtimeExceptionType() {
    if (runtimeException == null) {
      runtimeException = inJavaBase("java.lang.RuntimeException").asType();
    }
    return runtimeException;
  }

  /** {@code java.lang.Error}, looked up once. */
  public TypeMirror errorType() {
    if (error == null) {
      error = inJavaBase("java.lang.Error").asType();
    }
    return error;
  }

  public KnownNames names() {
    return names;
  }

  public Elements elements() {
    return elements;
  }

  public Types types() {
    return types;
  }

  // Custody's annotations on one declaration, as bits: read in one pass over its annotations.
  private static final int OWNED_MARK = 1;
  private static final int BORROWED_MARK = 2;
  private static final int CONSUMES_MARK = 4;

  public boolean isMarkedOwned(Element element) {
    return (marks(element) & OWNED_MARK) != 0;
  }

  public boolean isMarkedBorrowed(Element element) {
    return (marks(element) & BORROWED_MARK) != 0;
  }

  public boolean isMarkedConsumes(Element element) {
    return (marks(element) & CONSUMES_MARK) != 0;
  }

  /**
   * Which of Custody's annotations {@code element} carries. Most declarations carry no annotation
   * at all, and the rules ask several questions of each: one pass answers all of them.
   */
  private int marks(Element element) {
    if (element == null) {
      return 0;
    }
    List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
    if (mirrors.isEmpty()) {
      return 0;
    }
    int marks = 0;
    for (AnnotationMirror mirror : mirrors) {
      Element type = mirror.getAnnotationType().asElement();
      if (type instanceof TypeElement) {
        Name name = ((TypeElement) type).getQualifiedName();
        if (name.equals(names.owned())) {
          marks |= OWNED_MARK;
        } else if (name.equals(names.borrowed())) {
          marks |= BORROWED_MARK;
        } else if (name.equals(names.consumes())) {
          marks |= CONSUMES_MARK;
        }
      }
    }
    return marks;
  }

  public boolean isAutoCloseable(TypeMirror type) {
    if (autoCloseable == null || type == null || type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    // A declared type's erasure is its class's: the answer is the class's, asked once.
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    Boolean cached = autoCloseableCache.get(element);
    if (cached == null) {
      cached = types.isAssignable(types.erasure(type), autoCloseable);
      autoCloseableCache.put(element, cached);
    }
    return cached;
  }

  /**
   * A tracked type: a class or interface marked {@code @Owned}, any subtype of one, or a class that
   * has owned fields (it owns resources, so its instances are resources).
   */
  public boolean isTracked(TypeMirror type) {
    if (type == null) {
      return false;
    }
    TypeKind kind = type.getKind();
    if (kind == TypeKind.DECLARED) {
      Element element = ((DeclaredType) type).asElement();
      return element instanceof TypeElement && isTracked((TypeElement) element);
    }
    if (kind == TypeKind.TYPEVAR) {
      // 'T extends Res': every value of T is a Res.
      return isTracked(((javax.lang.model.type.TypeVariable) type).getUpperBound());
    }
    if (kind == TypeKind.INTERSECTION) {
      for (TypeMirror bound : ((javax.lang.model.type.IntersectionType) type).getBounds()) {
        if (isTracked(bound)) {
          return true;
        }
      }
    }
    return false;
  }

  public boolean isTracked(TypeElement type) {
    Boolean cached = trackedCache.get(type);
    if (cached != null) {
      return cached;
    }
    // Provisional answer breaks cycles (a class with a field of its own type).
    trackedCache.put(type, Boolean.FALSE);
    trackedInProgress++;
    boolean tracked;
    try {
      tracked = computeTracked(type);
    } finally {
      trackedInProgress--;
    }
    trackedCache.put(type, tracked);
    return tracked;
  }

  private boolean computeTracked(TypeElement type) {
    if (isMarkedOwned(type)) {
      return true;
    }
    if (isPlatformType(type)) {
      // The JDK carries no ownership annotations; not walking its type graph keeps this cheap.
      return false;
    }
    for (TypeMirror supertype : types.directSupertypes(type.asType())) {
      if (isTracked(supertype)) {
        return true;
      }
    }
    return !ownedFields(type).isEmpty();
  }

  /**
   * Whether {@code element} belongs to one of the JDK's own modules ({@code java.*} and
   * {@code jdk.*} names are reserved for them): such code carries no ownership annotation and
   * declares no tracked type. Answered per module; false when compiling without modules.
   */
  private boolean isInJdkModule(Element element) {
    ModuleElement module = elements.getModuleOf(element);
    if (module == null || module.isUnnamed()) {
      return false;
    }
    Boolean cached = jdkModuleCache.get(module);
    if (cached == null) {
      String name = module.getQualifiedName().toString();
      cached = name.startsWith("java.") || name.startsWith("jdk.");
      jdkModuleCache.put(module, cached);
    }
    return cached;
  }

  private static boolean isPlatformType(TypeElement type) {
    String name = type.getQualifiedName().toString();
    return name.startsWith("java.")
        || name.startsWith("javax.")
        || name.startsWith("jdk.")
        || name.startsWith("sun.")
        || name.startsWith("com.sun.");
  }

  /**
   * Whether values of {@code type} can be owned at all: tracked, {@code AutoCloseable}, or declaring
   * a {@code close()}. An ownership annotation on anything else is invalid and otherwise ignored.
   */
  public boolean canBeOwned(TypeMirror type) {
    if (type == null) {
      return false;
    }
    if (type.getKind() == TypeKind.TYPEVAR || type.getKind() == TypeKind.WILDCARD) {
      return isAutoCloseable(types.erasure(type));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    return isTracked(type) || isAutoCloseable(type) || declaresClose((TypeElement) types.asElement(type));
  }

  /**
   * The method that drops {@code type}'s own owned fields: its {@code close()}, or, when it
   * inherits {@code close()}, a no-argument override whose name says it closes ({@code doClose},
   * {@code implCloseChannel}): the template-method shape, where the base class's {@code close()}
   * calls the hook. Null when there is neither.
   */
  public ExecutableElement dropMethod(TypeElement type) {
    // Asked for the class and for each of its methods: the search is made once per class.
    return once(dropMethodCache, type, this::findDropMethod);
  }

  private ExecutableElement findDropMethod(TypeElement type) {
    ExecutableElement close = declaredClose(type);
    if (close != null && isInstanceWithoutParameters(close)) {
      return close;
    }
    // No close() of its own (rare): a hook named for closing that overrides an inherited method.
    for (ExecutableElement m : methodsIn(type.getEnclosedElements())) {
      if (isInstanceWithoutParameters(m)
          && m.getSimpleName().toString().toLowerCase(java.util.Locale.ROOT).contains("close")
          && overridesInherited(m, type)) {
        return m;
      }
    }
    return null;
  }

  private static boolean isInstanceWithoutParameters(ExecutableElement method) {
    return method.getParameters().isEmpty() && !method.getModifiers().contains(Modifier.STATIC);
  }

  private boolean overridesInherited(ExecutableElement method, TypeElement type) {
    List<ExecutableElement> found = new ArrayList<>();
    collectOverridden(method, type, type.asType(), found, new java.util.HashSet<>());
    return !found.isEmpty();
  }

  /** Whether {@code type} itself declares a no-argument {@code close()}. */
  public boolean declaresClose(TypeElement type) {
    return declaredClose(type) != null;
  }

  private ExecutableElement declaredClose(TypeElement type) {
    for (ExecutableElement m : methodsIn(type.getEnclosedElements())) {
      if (names.isCloseMethod(m)) {
        return m;
      }
    }
    return null;
  }

  /** An {@code @Owned} marker that means something: on a declaration whose type can be owned. */
  public boolean isOwnedDeclaration(Element element) {
    return isOwnedDeclaration(element, marks(element));
  }

  private boolean isOwnedDeclaration(Element element, int marks) {
    if ((marks & (OWNED_MARK | BORROWED_MARK)) != OWNED_MARK) {
      return false;
    }
    TypeMirror type =
        element instanceof ExecutableElement
            ? ((ExecutableElement) element).getReturnType()
            : element.asType();
    return canBeOwned(type);
  }

  /**
   * {@code @Owned Res... rs}: every argument is moved into the call. The callee's array itself is
   * not followed (arrays of owners are not modeled).
   */
  public boolean isOwnedArrayParameter(Element parameter) {
    return isOwnedArrayParameter(parameter, marks(parameter));
  }

  private boolean isOwnedArrayParameter(Element parameter, int marks) {
    TypeMirror type = parameter.asType();
    return (marks & (OWNED_MARK | BORROWED_MARK)) == OWNED_MARK
        && parameter.getKind() == ElementKind.PARAMETER
        && type.getKind() == TypeKind.ARRAY
        && canBeOwned(((javax.lang.model.type.ArrayType) type).getComponentType());
  }

  /** The single abstract method of a functional interface, or null for any other type. */
  public ExecutableElement functionalMethod(TypeMirror type) {
    if (!(type instanceof DeclaredType)) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() != ElementKind.INTERFACE) {
      return null;
    }
    return once(functionalMethodCache, element, this::singleAbstractMethod);
  }

  private ExecutableElement singleAbstractMethod(TypeElement element) {
    ExecutableElement found = null;
    for (ExecutableElement m : methodsIn(elements.getAllMembers(element))) {
      if (m.getModifiers().contains(Modifier.ABSTRACT) && !isObjectMethod(m)) {
        if (found != null && !elements.overrides(found, m, element) && !elements.overrides(m, found, element)) {
          return null;
        }
        if (found == null) {
          found = m;
        }
      }
    }
    return found;
  }

  private static boolean isObjectMethod(ExecutableElement m) {
    String name = m.getSimpleName().toString();
    int params = m.getParameters().size();
    return (name.equals("equals") && params == 1)
        || (name.equals("hashCode") && params == 0)
        || (name.equals("toString") && params == 0);
  }

  /** An instance field the enclosing object owns: marked {@code @Owned} or of a tracked type. */
  public boolean isOwnedField(VariableElement field) {
    if (field.getKind() != ElementKind.FIELD || field.getModifiers().contains(Modifier.STATIC)) {
      return false;
    }
    return isOwnedDeclaration(field) || isTracked(field.asType());
  }

  /** The owned instance fields declared by {@code type} itself, in declaration order. */
  public List<VariableElement> ownedFields(TypeElement type) {
    List<VariableElement> cached = ownedFieldsCache.get(type);
    if (cached != null) {
      return cached;
    }
    List<VariableElement> owned = new ArrayList<>(0);
    // Not ElementFilter.fieldsIn: it copies every member into a new list, for every class compiled.
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && isOwnedField((VariableElement) member)) {
        owned.add((VariableElement) member);
      }
    }
    List<VariableElement> result = List.copyOf(owned);
    if (trackedInProgress == 0) {
      // Inside isTracked a cycle may have seen a provisional "not tracked": not final yet.
      ownedFieldsCache.put(type, result);
    }
    return result;
  }

  /**
   * What a call of {@code method} can mean for ownership, whatever the call: {@link
   * CallRelevance#TOUCHES_OWNERSHIP} when it is the {@code close()} of a tracked type, its result is
   * owned or borrowed, it consumes its receiver, or it takes an argument's ownership; otherwise
   * whether the call site's result type must still be looked at. Cached: the same few methods are
   * called all over a code base.
   */
  public CallRelevance callRelevance(ExecutableElement method) {
    CallRelevance cached = callRelevanceCache.get(method);
    if (cached != null) {
      return cached;
    }
    // Most distinct methods called are the JDK's, which carries no ownership annotations and
    // declares no tracked type.
    CallRelevance relevance =
        !isInJdkModule(method.getEnclosingElement()) && touchesOwnership(method)
            ? CallRelevance.TOUCHES_OWNERSHIP
            : method.getReturnType().getKind() == TypeKind.TYPEVAR
                ? CallRelevance.IF_RESULT_TRACKED
                : CallRelevance.NOTHING;
    if (trackedInProgress == 0) {
      callRelevanceCache.put(method, relevance);
    }
    return relevance;
  }

  private boolean touchesOwnership(ExecutableElement method) {
    if ((names.isCloseMethod(method) && closesTrackedType(method))
        || resultOf(method) != Ownership.NONE
        || consumesReceiver(method)) {
      return true;
    }
    for (int i = 0; i < method.getParameters().size(); i++) {
      if (isMarkedOwned(method.getParameters().get(i))
          || parameterOf(method, i) == Ownership.OWNED) {
        return true;
      }
    }
    return false;
  }

  /**
   * A {@code close()} declared by a tracked type: the only kind whose call can drop something
   * Custody follows without the body showing it otherwise (an unqualified {@code close()} on a
   * tracked {@code this}). Any other closed value is tracked, annotated or owned by a field, and the
   * prescan or the method's frame sees that already.
   */
  private boolean closesTrackedType(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    return owner instanceof TypeElement && isTracked((TypeElement) owner);
  }

  /** Whether a record accessor: its result is a borrow of the record's component. */
  public static boolean isRecordAccessor(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    if (owner.getKind() != ElementKind.RECORD || !method.getParameters().isEmpty()) {
      return false;
    }
    for (Element component : ((TypeElement) owner).getRecordComponents()) {
      if (component.getSimpleName().equals(method.getSimpleName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The methods {@code method} overrides, nearest first. Ownership annotations on them bind the
   * override: an implementation of an {@code @Owned} interface parameter takes ownership too.
   */
  public List<ExecutableElement> overridden(ExecutableElement method) {
    // The per-type answer first: it is cached, and decides for nearly every method.
    if (!(method.getEnclosingElement() instanceof TypeElement)
        || !supertypesCarryContract((TypeElement) method.getEnclosingElement())
        || method.getKind() != ElementKind.METHOD) {
      return List.of();
    }
    List<ExecutableElement> cached = overriddenCache.get(method);
    if (cached != null) {
      return cached;
    }
    List<ExecutableElement> result = new ArrayList<>();
    // javac makes a new set of modifiers on every call: asked once per method, with the cache.
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.PRIVATE)) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      collectOverridden(method, owner, owner.asType(), result, new java.util.HashSet<>());
    }
    overriddenCache.put(method, result);
    return result;
  }

  /**
   * Whether any supertype of {@code type} declares a method with an ownership annotation, the only
   * case in which overridden methods matter. Most code (and all of the JDK) has none, so looking
   * for overridden methods is skipped there; answers are cached per type.
   */
  private boolean supertypesCarryContract(TypeElement type) {
    Boolean cached = contractCache.get(type);
    if (cached != null) {
      return cached;
    }
    contractCache.put(type, Boolean.FALSE);
    boolean carries = false;
    for (TypeMirror supertype : types.directSupertypes(type.asType())) {
      Element element = types.asElement(supertype);
      if (element instanceof TypeElement
          && (declaresContract((TypeElement) element) || supertypesCarryContract((TypeElement) element))) {
        carries = true;
        break;
      }
    }
    contractCache.put(type, carries);
    return carries;
  }

  private boolean declaresContract(TypeElement type) {
    if (isPlatformType(type)) {
      return false;
    }
    for (ExecutableElement m : methodsIn(type.getEnclosedElements())) {
      if (marks(m) != 0) {
        return true;
      }
      for (VariableElement p : m.getParameters()) {
        if ((marks(p) & (OWNED_MARK | BORROWED_MARK)) != 0) {
          return true;
        }
      }
    }
    return false;
  }

  private void collectOverridden(
      ExecutableElement method,
      TypeElement owner,
      TypeMirror type,
      List<ExecutableElement> result,
      java.util.Set<Element> seen) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      Element element = types.asElement(supertype);
      if (!(element instanceof TypeElement) || !seen.add(element)) {
        continue;
      }
      for (ExecutableElement candidate :
          methodsIn(element.getEnclosedElements())) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && candidate.getParameters().size() == method.getParameters().size()
            && elements.overrides(method, candidate, owner)) {
          result.add(candidate);
        }
      }
      collectOverridden(method, owner, supertype, result, seen);
    }
  }

  /** What a call of {@code method} does with ownership: the flow analysis' questions, once. */
  public CallContract callContract(ExecutableElement method) {
    CallContract cached = callContractCache.get(method);
    if (cached != null) {
      return cached;
    }
    boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
    boolean isConstructor = method.getKind() == ElementKind.CONSTRUCTOR;
    Ownership result = resultOf(method);
    TypeMirror returned = method.getReturnType();
    boolean typeVariableResult = result == Ownership.NONE && returned.getKind() == TypeKind.TYPEVAR;
    List<Ownership> parameters = new ArrayList<>(method.getParameters().size());
    for (int i = 0; i < method.getParameters().size(); i++) {
      parameters.add(parameterOf(method, i));
    }
    CallContract contract =
        new CallContract(
            isStatic,
            isConstructor,
            !isStatic && names.isCloseMethod(method),
            consumesReceiver(method),
            result,
            typeVariableResult && types.asElement(returned).getEnclosingElement().equals(method),
            typeVariableResult
                && method.getModifiers().contains(Modifier.ABSTRACT)
                && method.getEnclosingElement().getKind() == ElementKind.INTERFACE,
            parameters);
    if (trackedInProgress == 0) {
      callContractCache.put(method, contract);
    }
    return contract;
  }

  /** Whether a call of {@code method} moves its receiver ({@code @Consumes}, also inherited). */
  public boolean consumesReceiver(ExecutableElement method) {
    if (isMarkedConsumes(method)) {
      return true;
    }
    for (ExecutableElement parent : overridden(method)) {
      if (isMarkedConsumes(parent)) {
        return true;
      }
    }
    return false;
  }

  /** What the caller receives from a call of {@code method}. */
  public Ownership resultOf(ExecutableElement method) {
    // Asked at every call of the method, and more than once per call.
    Ownership cached = resultCache.get(method);
    if (cached != null) {
      return cached;
    }
    Ownership result = computeResultOf(method);
    if (trackedInProgress == 0) {
      // Inside isTracked a cycle may have seen a provisional "not tracked": not final yet.
      resultCache.put(method, result);
    }
    return result;
  }

  private Ownership computeResultOf(ExecutableElement method) {
    int marks = marks(method);
    Ownership declared = declaredResultOf(method, marks);
    if (declared != Ownership.NONE || (marks & (OWNED_MARK | BORROWED_MARK)) != 0) {
      return declared;
    }
    for (ExecutableElement parent : overridden(method)) {
      int parentMarks = marks(parent);
      if ((parentMarks & (OWNED_MARK | BORROWED_MARK)) != 0) {
        return declaredResultOf(parent, parentMarks);
      }
    }
    return declared;
  }

  /**
   * What a method does with its {@code index}-th argument, including what the methods it overrides
   * say: an override cannot take less ownership than its contract.
   */
  public Ownership parameterOf(ExecutableElement method, int index) {
    // Asked for every argument of every call.
    Ownership[] known = parameterCache.get(method);
    if (known != null && known[index] != null) {
      return known[index];
    }
    Ownership result = computeParameterOf(method, index);
    if (trackedInProgress == 0) {
      if (known == null) {
        known = new Ownership[method.getParameters().size()];
        parameterCache.put(method, known);
      }
      known[index] = result;
    }
    return result;
  }

  private Ownership computeParameterOf(ExecutableElement method, int index) {
    VariableElement own = method.getParameters().get(index);
    int marks = marks(own);
    Ownership declared = parameter(own, marks);
    if (declared == Ownership.OWNED || (marks & BORROWED_MARK) != 0) {
      return declared;
    }
    Element component = canonicalComponent(method, index);
    if (component != null && isOwnedDeclaration(component)) {
      // An explicit canonical constructor takes what its @Owned component says.
      return Ownership.OWNED;
    }
    for (ExecutableElement parent : overridden(method)) {
      if (isMarkedOwned(parent.getParameters().get(index))) {
        return Ownership.OWNED;
      }
    }
    return declared;
  }

  /** For a record's canonical constructor: the component its {@code index}-th parameter sets. */
  private Element canonicalComponent(ExecutableElement method, int index) {
    Element owner = method.getEnclosingElement();
    if (method.getKind() != ElementKind.CONSTRUCTOR || owner.getKind() != ElementKind.RECORD) {
      return null;
    }
    List<? extends Element> components = ((TypeElement) owner).getRecordComponents();
    if (components.size() != method.getParameters().size()) {
      return null;
    }
    for (int i = 0; i < components.size(); i++) {
      if (!types.isSameType(
          types.erasure(components.get(i).asType()),
          types.erasure(method.getParameters().get(i).asType()))) {
        return null;
      }
    }
    return components.get(index);
  }

  private Ownership declaredResultOf(ExecutableElement method, int marks) {
    if (method.getKind() == ElementKind.CONSTRUCTOR) {
      TypeElement created = (TypeElement) method.getEnclosingElement();
      return isTracked(created) ? Ownership.OWNED : Ownership.NONE;
    }
    if (isRecordAccessor(method)) {
      return isTracked(method.getReturnType()) || (marks & OWNED_MARK) != 0
          ? Ownership.BORROWED
          : Ownership.NONE;
    }
    if ((marks & BORROWED_MARK) != 0) {
      return Ownership.BORROWED;
    }
    if (isOwnedDeclaration(method, marks) || isTracked(method.getReturnType())) {
      return Ownership.OWNED;
    }
    return Ownership.NONE;
  }

  /** What a method does with the argument passed for {@code parameter}. */
  public Ownership parameter(VariableElement parameter) {
    return parameter(parameter, marks(parameter));
  }

  private Ownership parameter(VariableElement parameter, int marks) {
    if (marks != 0
        && (isOwnedDeclaration(parameter, marks) || isOwnedArrayParameter(parameter, marks))) {
      return Ownership.OWNED;
    }
    if ((marks & BORROWED_MARK) != 0 || isTracked(parameter.asType())) {
      return Ownership.BORROWED;
    }
    return Ownership.NONE;
  }
}
