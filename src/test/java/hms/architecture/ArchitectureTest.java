package hms.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Features meet only at their boundaries, along the edges docs/architecture.md draws; inside a
 * feature, control never uses boundary and entities use neither.
 */
class ArchitectureTest {
  /** Which feature may use which: the picture in docs/architecture.md, edge for edge. */
  static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("", Set.of("auth", "problems")),
          Map.entry("access", Set.of("problems")),
          Map.entry("admission", Set.of("metrics", "problems")),
          Map.entry("aws", Set.of("telemetry")),
          Map.entry("auth", Set.of("access", "aws", "health", "metrics", "problems", "web")),
          Map.entry(
              "tenancy",
              Set.of("access", "auth", "metrics", "paging", "problems", "telemetry", "web")),
          Map.entry(
              "audit",
              Set.of("access", "auth", "csv", "paging", "problems", "telemetry", "tenancy", "web")),
          Map.entry(
              "patients",
              Set.of("access", "audit", "csv", "paging", "problems", "tenancy", "versions", "web")),
          Map.entry(
              "appointments",
              Set.of("access", "audit", "paging", "patients", "problems", "tenancy", "web")),
          Map.entry(
              "files",
              Set.of(
                  "access",
                  "audit",
                  "aws",
                  "health",
                  "idempotency",
                  "metrics",
                  "paging",
                  "patients",
                  "problems",
                  "tenancy",
                  "web")),
          Map.entry(
              "records",
              Set.of(
                  "access",
                  "appointments",
                  "audit",
                  "files",
                  "paging",
                  "patients",
                  "problems",
                  "tenancy",
                  "versions",
                  "web")),
          Map.entry(
              "summaries",
              Set.of("access", "appointments", "audit", "patients", "problems", "records")),
          Map.entry("csv", Set.of()),
          Map.entry("health", Set.of()),
          Map.entry("idempotency", Set.of("auth", "problems", "tenancy")),
          Map.entry("openapi", Set.of("problems")),
          Map.entry("paging", Set.of("problems")),
          Map.entry("metrics", Set.of()),
          Map.entry("problems", Set.of("metrics", "telemetry")),
          Map.entry("quota", Set.of("problems", "tenancy")),
          Map.entry("telemetry", Set.of()),
          Map.entry("time", Set.of()),
          Map.entry("versions", Set.of("problems")),
          Map.entry("web", Set.of()));

  /**
   * What features publish beyond their boundary, for other features' control classes: tenancy the
   * request's tenant and its EntityManager, paging the JPQL builder every repository uses, csv the
   * spreadsheet-safe writer of every export, aws the clients' shared settings, metrics the one API
   * that records the application's metrics, telemetry the AWS clients' spans.
   */
  static final Set<String> PUBLISHED =
      Set.of(
          "hms.tenancy.control.TenantContext",
          "hms.tenancy.control.TenantEntityManagers",
          "hms.paging.control.Where",
          "hms.csv.control.SafeCsv",
          "hms.aws.control.AwsClients",
          "hms.metrics.control.Metrics",
          "hms.metrics.control.Counter",
          "hms.telemetry.control.AwsCallSpans");

  @Test
  void featuresUseOnlyAllowedFeaturesThroughTheirBoundaries() {
    Set<String> broken = new TreeSet<>();
    for (JavaClass type : CompiledClasses.all()) {
      String from = CompiledClasses.feature(type);
      for (JavaClass target : applicationClassesUsedBy(type)) {
        String to = CompiledClasses.feature(target);
        if (to.equals(from)) {
          continue;
        }
        if (!ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
          broken.add(edge(type, target) + ": " + from + " may not use " + to);
        } else if (!published(target)) {
          broken.add(edge(type, target) + ": not " + to + "'s boundary");
        }
      }
    }
    assertEquals(Set.of(), broken);
  }

  @Test
  void controlUsesNoBoundaryAndEntitiesNeither() {
    Set<String> broken = new TreeSet<>();
    for (JavaClass type : CompiledClasses.all()) {
      String role = CompiledClasses.role(type);
      for (JavaClass target : applicationClassesUsedBy(type)) {
        String targetRole = CompiledClasses.role(target);
        boolean upward =
            (role.equals("control") && targetRole.equals("boundary"))
                || (role.equals("entity")
                    && (targetRole.equals("boundary") || targetRole.equals("control")));
        if (upward) {
          broken.add(edge(type, target) + ": " + role + " uses " + targetRole);
        }
      }
    }
    assertEquals(Set.of(), broken);
  }

  @Test
  void featuresHaveNoCycles() {
    SlicesRuleDefinition.slices()
        .matching("hms.(*)..")
        .should()
        .beFreeOfCycles()
        .check(CompiledClasses.all());
  }

  @Test
  void thePictureInTheDocsIsTheRule() throws IOException {
    String doc = Files.readString(Path.of("docs/architecture.md"));
    Matcher block = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    Set<String> drawn = new TreeSet<>();
    if (block.find()) {
      Matcher arrow = Pattern.compile("(\\w+) --> (\\w+)").matcher(block.group(1));
      while (arrow.find()) {
        drawn.add(arrow.group(1) + " -> " + arrow.group(2));
      }
    }
    Set<String> allowed = new TreeSet<>();
    ALLOWED.forEach(
        (from, tos) ->
            tos.forEach(to -> allowed.add((from.isEmpty() ? "hms" : from) + " -> " + to)));
    assertEquals(allowed, drawn, "docs/architecture.md's dependency picture");
  }

  /** The application's classes (arrays by their element type) a class depends on directly. */
  private static Set<JavaClass> applicationClassesUsedBy(JavaClass type) {
    return type.getDirectDependenciesFromSelf().stream()
        .map(dependency -> dependency.getTargetClass().getBaseComponentType())
        .filter(target -> CompiledClasses.all().contain(target.getName()))
        .collect(Collectors.toSet());
  }

  /** Another feature's boundary, a value type of its entities, or what tenancy publishes. */
  private static boolean published(JavaClass target) {
    return switch (CompiledClasses.role(target)) {
      case "boundary" -> true;
      case "entity" ->
          !target.isAnnotatedWith(Entity.class) && !target.isAnnotatedWith(Embeddable.class);
      default -> PUBLISHED.contains(target.getName());
    };
  }

  private static String edge(JavaClass from, JavaClass to) {
    return from.getName() + " -> " + to.getName();
  }

  static List<String> features() {
    return List.copyOf(ALLOWED.keySet());
  }
}
