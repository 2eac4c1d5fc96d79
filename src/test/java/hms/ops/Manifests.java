package hms.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** deploy/k8s/base as kustomize reads it: the kustomization, its resources, its generated env. */
final class Manifests {
  static final Path BASE = Path.of("deploy/k8s/base");

  private Manifests() {}

  static Map<String, Object> kustomization() {
    return map(OpsFiles.yaml(BASE.resolve("kustomization.yaml")));
  }

  /** Every document of every file the kustomization lists. */
  static List<Map<String, Object>> resources() {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object file : list(kustomization().get("resources"))) {
      String text = OpsFiles.read(BASE.resolve(String.valueOf(file)));
      for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
        if (document != null) {
          documents.add(map(document));
        }
      }
    }
    return documents;
  }

  /** The YAML files in the base directory, the kustomization left out. */
  static List<String> yamlFiles() {
    try (Stream<Path> files = Files.list(BASE)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one resource of the kind. */
  static Map<String, Object> one(String kind) {
    List<Map<String, Object>> found =
        resources().stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one " + kind + ", found " + found.size());
    }
    return found.get(0);
  }

  /** The variables of the generated ConfigMap's env files, in order. */
  static Map<String, String> generatedEnvironment() {
    Map<String, String> variables = new LinkedHashMap<>();
    for (Object generator : list(kustomization().get("configMapGenerator"))) {
      for (Object file : list(map(generator).get("envs"))) {
        for (String line : OpsFiles.read(BASE.resolve(String.valueOf(file))).split("\n")) {
          String entry = line.strip();
          if (!entry.isEmpty() && !entry.startsWith("#")) {
            int equals = entry.indexOf('=');
            if (variables.put(entry.substring(0, equals), entry.substring(equals + 1)) != null) {
              throw new AssertionError(file + " sets " + entry.substring(0, equals) + " twice");
            }
          }
        }
      }
      for (Object literal : list(map(generator).get("literals"))) {
        String entry = String.valueOf(literal);
        variables.put(
            entry.substring(0, entry.indexOf('=')), entry.substring(entry.indexOf('=') + 1));
      }
    }
    return variables;
  }

  /** Follows a path of keys through nested maps; an absent key gives an empty map. */
  static Map<String, Object> at(Map<String, Object> node, String... keys) {
    Map<String, Object> current = node;
    for (String key : keys) {
      current = map(current.get(key));
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List<?> ? (List<Object>) value : List.of();
  }
}
