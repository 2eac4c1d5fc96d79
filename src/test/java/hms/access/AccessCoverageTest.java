package hms.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import hms.access.boundary.Guarded;
import hms.access.entity.Rule;
import hms.architecture.CompiledClasses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every JAX-RS operation reaches a guarded use case, every guarded use case has a rule that can
 * audit (an audited one runs in a transaction), and every rule is used.
 */
class AccessCoverageTest {
  private static final Set<Transactional.TxType> WITH_TRANSACTION =
      EnumSet.of(Transactional.TxType.REQUIRED, Transactional.TxType.MANDATORY);

  @Test
  void everyOperationReachesAGuardedUseCase() {
    List<String> unguarded = new ArrayList<>();
    for (JavaMethod operation : operations()) {
      if (!guarded(operation) && reachedUseCases(operation).findAny().isEmpty()) {
        unguarded.add(describe(operation));
      }
    }
    assertEquals(
        List.of(),
        unguarded,
        "JAX-RS operations that reach no @Guarded use case (give the service method a Rule)");
  }

  @Test
  void everyAuditedUseCaseRunsInATransaction() {
    List<String> outside = new ArrayList<>();
    for (JavaMethod useCase : useCases()) {
      Rule rule = ruleOf(useCase);
      boolean platform = rule.who().kind() == Rule.Who.Kind.PLATFORM_ADMINS;
      if (rule.audited() != null && !platform && !WITH_TRANSACTION.contains(txType(useCase))) {
        outside.add(useCase.getFullName() + " (" + rule + ")");
      }
    }
    assertEquals(
        List.of(),
        outside,
        "audited use cases whose success could not be written in their own transaction");
  }

  @Test
  void useCasesNameUseCaseRulesAndEveryRuleIsUsed() {
    List<String> wrong = new ArrayList<>();
    Set<Rule> used = EnumSet.noneOf(Rule.class);
    for (JavaMethod useCase : useCases()) {
      Rule rule = ruleOf(useCase);
      used.add(rule);
      if (rule.isRefinement()) {
        wrong.add(useCase.getFullName() + " is guarded by the refinement " + rule);
      }
    }
    JavaClass rules = CompiledClasses.all().get(Rule.class);
    for (Rule rule : Rule.values()) {
      boolean referenced =
          rules.getField(rule.name()).getAccessesToSelf().stream()
              .anyMatch(access -> !access.getOriginOwner().equals(rules));
      if (rule.isRefinement() ? !referenced : !used.contains(rule)) {
        wrong.add(rule + " is used by no use case");
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static List<JavaMethod> operations() {
    return CompiledClasses.all().stream()
        .filter(c -> c.isAnnotatedWith(Path.class))
        .flatMap(c -> c.getMethods().stream())
        .filter(m -> m.isMetaAnnotatedWith(HttpMethod.class))
        .toList();
  }

  private static List<JavaMethod> useCases() {
    return CompiledClasses.all().stream()
        .flatMap(c -> c.getMethods().stream())
        .filter(AccessCoverageTest::guarded)
        .toList();
  }

  /** The guarded methods an operation calls, itself or in a lambda of its own. */
  private static Stream<JavaMethod> reachedUseCases(JavaMethod operation) {
    String lambdaPrefix = "lambda$" + operation.getName() + "$";
    return Stream.concat(
            Stream.of(operation),
            operation.getOwner().getCodeUnits().stream()
                .filter(u -> u.getName().startsWith(lambdaPrefix)))
        .flatMap(AccessCoverageTest::targets)
        .filter(AccessCoverageTest::guarded);
  }

  private static Stream<JavaMethod> targets(JavaCodeUnit unit) {
    return Stream.concat(
            unit.getMethodCallsFromSelf().stream().map(call -> call.getTarget().resolveMember()),
            unit.getMethodReferencesFromSelf().stream().map(ref -> ref.getTarget().resolveMember()))
        .flatMap(Optional::stream);
  }

  private static boolean guarded(JavaMethod method) {
    return method.isAnnotatedWith(Guarded.class)
        || method.getOwner().isAnnotatedWith(Guarded.class);
  }

  private static Rule ruleOf(JavaMethod method) {
    return method
        .tryGetAnnotationOfType(Guarded.class)
        .or(() -> method.getOwner().tryGetAnnotationOfType(Guarded.class))
        .orElseThrow()
        .value();
  }

  private static Transactional.TxType txType(JavaMethod method) {
    return method
        .tryGetAnnotationOfType(Transactional.class)
        .or(() -> method.getOwner().tryGetAnnotationOfType(Transactional.class))
        .map(Transactional::value)
        .orElse(Transactional.TxType.NOT_SUPPORTED);
  }

  private static String describe(JavaMethod operation) {
    return operation.getOwner().getSimpleName() + "." + operation.getName();
  }
}
