package hms.ops;

import static hms.ops.Manifests.at;
import static hms.ops.Manifests.list;
import static hms.ops.Manifests.map;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * deploy/k8s/base against the server it deploys, without a cluster: the kinds, the port and the
 * probes the server really has, the variables it really reads, a non-root read-only container,
 * pinned images, selectors that select.
 */
class KubernetesManifestsTest {
  /** Where Liberty writes in the image (its WLP_OUTPUT_DIR and LOG_DIR) and the JVM's temp. */
  private static final Set<String> WRITABLE = Set.of("/opt/ol/wlp/output", "/logs", "/tmp");

  @Test
  void theBaseHasEveryKindAndListsEveryFile() {
    Set<String> kinds = new TreeSet<>();
    Manifests.resources().forEach(resource -> kinds.add(String.valueOf(resource.get("kind"))));
    assertEquals(
        Set.of(
            "ServiceAccount",
            "Deployment",
            "Service",
            "PodDisruptionBudget",
            "HorizontalPodAutoscaler",
            "ServiceMonitor"),
        kinds);
    assertEquals(
        Manifests.yamlFiles(),
        list(Manifests.kustomization().get("resources")).stream()
            .map(String::valueOf)
            .sorted()
            .toList(),
        "a manifest in " + Manifests.BASE + " that the kustomization leaves out");
    List<Object> generators = list(Manifests.kustomization().get("configMapGenerator"));
    assertEquals(1, generators.size());
    assertEquals(configMapName(), map(generators.get(0)).get("name"));
  }

  @Test
  void theContainerPortIsTheServersPort() {
    int port = Application.httpPort();
    assertTrue(
        Application.exposedPorts().contains(port),
        "the Dockerfile exposes " + Application.exposedPorts() + ", server.xml listens on " + port);
    assertEquals(port, containerPort("http"));
    assertFalse(environment().contains("HTTP_PORT"), "HTTP_PORT set: the probes would miss it");
  }

  @Test
  void theProbesAskTheServersHealthEndpointsOnItsPort() {
    Map<String, Object> container = server();
    Map<String, String> expected =
        Map.of(
            "startupProbe", "/health/started",
            "livenessProbe", "/health/live",
            "readinessProbe", "/health/ready");
    List<Executable> checks = new ArrayList<>();
    expected.forEach(
        (probe, path) -> {
          Map<String, Object> get = at(container, probe, "httpGet");
          checks.add(() -> assertEquals(path, get.get("path"), probe));
          checks.add(
              () ->
                  assertTrue(
                      Application.apiPaths().contains(get.get("path")),
                      probe + ": " + get.get("path") + " is not in " + Application.OPENAPI));
          checks.add(
              () -> assertEquals(Application.httpPort(), resolvePort(get.get("port")), probe));
        });
    assertAll(checks);
  }

  @Test
  void everyContainerRunsAsTheImagesUserOnAReadOnlyRootFilesystem() {
    Map<String, Object> pod = podSpec();
    Map<String, Object> podSecurity = at(pod, "securityContext");
    assertEquals(true, podSecurity.get("runAsNonRoot"));
    assertEquals(Application.imageUser(), String.valueOf(podSecurity.get("runAsUser")));
    List<Executable> checks = new ArrayList<>();
    for (Map<String, Object> container : containers()) {
      String name = String.valueOf(container.get("name"));
      Map<String, Object> security = at(container, "securityContext");
      checks.add(() -> assertEquals(true, security.get("runAsNonRoot"), name));
      checks.add(() -> assertEquals(true, security.get("readOnlyRootFilesystem"), name));
      checks.add(() -> assertEquals(false, security.get("allowPrivilegeEscalation"), name));
      checks.add(
          () -> assertEquals(List.of("ALL"), list(at(security, "capabilities").get("drop")), name));
      checks.add(() -> assertFalse(security.containsKey("runAsUser"), name + ": the pod's user"));
    }
    assertAll(checks);
  }

  @Test
  void libertyWritesOnlyToThePodsOwnVolumes() {
    Set<String> emptyDirs = new TreeSet<>();
    for (Object volume : list(podSpec().get("volumes"))) {
      assertTrue(map(volume).containsKey("emptyDir"), "not an emptyDir: " + volume);
      emptyDirs.add(String.valueOf(map(volume).get("name")));
    }
    Set<String> mounted = new TreeSet<>();
    for (Object mount : list(server().get("volumeMounts"))) {
      assertTrue(emptyDirs.contains(map(mount).get("name")), "no such volume: " + mount);
      mounted.add(String.valueOf(map(mount).get("mountPath")));
    }
    assertEquals(WRITABLE, mounted, "the server's writable directories");
    // The init container fills the output volume from the image (its prepared work area).
    Map<String, Object> init = map(list(podSpec().get("initContainers")).get(0));
    String seed = String.valueOf(map(list(init.get("volumeMounts")).get(0)).get("mountPath"));
    assertTrue(String.join(" ", strings(init.get("command"))).contains("/opt/ol/wlp/output/."));
    assertTrue(String.join(" ", strings(init.get("command"))).contains(seed));
  }

  @Test
  void everyImageIsPinnedNeverLatest() {
    List<Executable> checks = new ArrayList<>();
    for (Map<String, Object> container : containers()) {
      String image = String.valueOf(container.get("image"));
      String lastPart = image.substring(image.lastIndexOf('/') + 1);
      checks.add(() -> assertTrue(lastPart.contains(":") || image.contains("@sha256:"), image));
      checks.add(() -> assertFalse(image.endsWith(":latest"), image));
    }
    for (Object image : list(Manifests.kustomization().get("images"))) {
      Object tag = map(image).get("newTag");
      checks.add(() -> assertTrue(tag != null || map(image).containsKey("digest"), "" + image));
      checks.add(() -> assertNotEquals("latest", tag, "" + image));
    }
    assertAll(checks);
  }

  @Test
  void everyContainerRequestsCpuAndMemoryAndIsLimitedInMemory() {
    for (Map<String, Object> container : containers()) {
      Map<String, Object> requests = at(container, "resources", "requests");
      Map<String, Object> limits = at(container, "resources", "limits");
      String name = String.valueOf(container.get("name"));
      assertTrue(requests.containsKey("cpu") && requests.containsKey("memory"), name);
      assertTrue(limits.containsKey("memory"), name);
      assertTrue(mebibytes(requests.get("memory")) <= mebibytes(limits.get("memory")), name);
    }
  }

  @Test
  void everyVariableSetIsOneTheServerReadsAndTheRequiredAreSet() {
    Set<String> unknown = new TreeSet<>(environment());
    unknown.removeAll(Application.environmentVariables());
    assertEquals(Set.of(), unknown, "set, but read by nothing (README's Configuration table)");
    Set<String> unset = new TreeSet<>(Application.requiredEnvironmentVariables());
    unset.addAll(Set.of("DB_URL", "DB_USER", "DB_PASSWORD"));
    unset.removeAll(environment());
    assertEquals(Set.of(), unset, "required, but not set");
    for (Object variable : list(server().get("env"))) {
      Map<String, Object> secret = at(map(variable), "valueFrom", "secretKeyRef");
      assertTrue(
          map(variable).containsKey("value") || !secret.isEmpty(),
          "neither a value nor a secret: " + variable);
    }
    List<Object> sources = list(server().get("envFrom"));
    assertEquals(
        List.of(configMapName()),
        sources.stream().map(s -> at(map(s), "configMapRef").get("name")).toList());
  }

  @Test
  void selectorsSelectThePods() {
    Map<String, Object> labels = at(deployment(), "spec", "template", "metadata", "labels");
    Map<String, Object> service = Manifests.one("Service");
    Map<String, Object> monitor = Manifests.one("ServiceMonitor");
    Map<String, Object> hpa = Manifests.one("HorizontalPodAutoscaler");
    assertAll(
        () ->
            assertSubset(at(deployment(), "spec", "selector", "matchLabels"), labels, "Deployment"),
        () -> assertSubset(at(service, "spec", "selector"), labels, "Service"),
        () ->
            assertSubset(
                at(Manifests.one("PodDisruptionBudget"), "spec", "selector", "matchLabels"),
                labels,
                "PodDisruptionBudget"),
        () ->
            assertSubset(
                at(monitor, "spec", "selector", "matchLabels"),
                at(service, "metadata", "labels"),
                "ServiceMonitor"),
        () -> assertEquals(name(deployment()), at(hpa, "spec", "scaleTargetRef").get("name")),
        () -> assertEquals("Deployment", at(hpa, "spec", "scaleTargetRef").get("kind")),
        () ->
            assertEquals(
                name(Manifests.one("ServiceAccount")), podSpec().get("serviceAccountName")));
  }

  @Test
  void theServiceAndTheServiceMonitorReachTheServersPort() {
    Map<String, Object> port = map(list(at(Manifests.one("Service"), "spec").get("ports")).get(0));
    assertEquals(Application.httpPort(), resolvePort(port.get("targetPort")));
    Map<String, Object> endpoint =
        map(list(at(Manifests.one("ServiceMonitor"), "spec").get("endpoints")).get(0));
    assertEquals(port.get("name"), endpoint.get("port"));
    assertEquals("/metrics", endpoint.get("path"));
  }

  @Test
  void disruptionsAndScalingKeepAPodServing() {
    Map<String, Object> hpa = at(Manifests.one("HorizontalPodAutoscaler"), "spec");
    Map<String, Object> pdb = at(Manifests.one("PodDisruptionBudget"), "spec");
    int min = (Integer) hpa.get("minReplicas");
    assertTrue(min >= 2, "minReplicas " + min);
    assertTrue((Integer) hpa.get("maxReplicas") >= min);
    assertTrue((Integer) pdb.get("maxUnavailable") < min, "the budget would let every pod go");
    assertFalse(at(deployment(), "spec").containsKey("replicas"), "replicas fights the autoscaler");
  }

  /** Where kubectl is installed, kustomize renders the base; CI has no kubectl (and no cluster). */
  @Test
  void kustomizeBuildsTheBase() throws Exception {
    Path kubectl =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(dir -> Path.of(dir, "kubectl"))
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);
    Assumptions.assumeTrue(kubectl != null, "kubectl is not installed: kustomize build not run");
    Process process =
        new ProcessBuilder(kubectl.toString(), "kustomize", Manifests.BASE.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("kind: ConfigMap"), output);
    assertTrue(output.contains("name: " + configMapName() + "-"), "the generated name: " + output);
  }

  private static Map<String, Object> deployment() {
    return Manifests.one("Deployment");
  }

  private static Map<String, Object> podSpec() {
    return at(deployment(), "spec", "template", "spec");
  }

  private static List<Map<String, Object>> containers() {
    List<Map<String, Object>> containers = new ArrayList<>();
    list(podSpec().get("initContainers")).forEach(c -> containers.add(map(c)));
    list(podSpec().get("containers")).forEach(c -> containers.add(map(c)));
    return containers;
  }

  private static Map<String, Object> server() {
    List<Object> containers = list(podSpec().get("containers"));
    assertEquals(1, containers.size());
    return map(containers.get(0));
  }

  private static int containerPort(String name) {
    for (Object port : list(server().get("ports"))) {
      if (name.equals(map(port).get("name"))) {
        return (Integer) map(port).get("containerPort");
      }
    }
    throw new AssertionError("no container port named " + name);
  }

  private static int resolvePort(Object port) {
    return port instanceof Integer number ? number : containerPort(String.valueOf(port));
  }

  /** Every variable the server container gets: its env and the generated ConfigMap's. */
  private static Set<String> environment() {
    Set<String> names = new TreeSet<>(Manifests.generatedEnvironment().keySet());
    for (Object variable : list(server().get("env"))) {
      assertTrue(names.add(String.valueOf(map(variable).get("name"))), "twice: " + variable);
    }
    return names;
  }

  private static String configMapName() {
    return "hms";
  }

  private static Object name(Map<String, Object> resource) {
    return at(resource, "metadata").get("name");
  }

  private static List<String> strings(Object value) {
    return list(value).stream().map(String::valueOf).toList();
  }

  private static long mebibytes(Object quantity) {
    String text = String.valueOf(quantity);
    if (text.endsWith("Gi")) {
      return Long.parseLong(text.substring(0, text.length() - 2)) * 1024;
    }
    if (text.endsWith("Mi")) {
      return Long.parseLong(text.substring(0, text.length() - 2));
    }
    throw new AssertionError("memory in Mi or Gi: " + text);
  }

  private static void assertSubset(
      Map<String, Object> selector, Map<String, Object> labels, String who) {
    assertFalse(selector.isEmpty(), who + " selects everything");
    assertTrue(
        labels.entrySet().containsAll(selector.entrySet()),
        who + ": " + selector + " vs " + labels);
  }
}
