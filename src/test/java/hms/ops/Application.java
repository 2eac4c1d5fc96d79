package hms.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the repository says about the server a deployment runs: its port, user, probes and the
 * environment variables it reads. Read from the files that make it (Dockerfile, liberty/server.xml,
 * the README's Configuration table, docs/openapi.yaml), never restated.
 */
final class Application {
  static final Path DOCKERFILE = Path.of("Dockerfile");
  static final Path SERVER_XML = Path.of("liberty/server.xml");
  static final Path README = Path.of("README.md");
  static final Path OPENAPI = Path.of("docs/openapi.yaml");

  private Application() {}

  /** liberty/server.xml's variables and their defaults. */
  static Map<String, String> serverVariables() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList variables =
          factory
              .newDocumentBuilder()
              .parse(SERVER_XML.toFile())
              .getDocumentElement()
              .getElementsByTagName("variable");
      Map<String, String> defaults = new java.util.TreeMap<>();
      for (int i = 0; i < variables.getLength(); i++) {
        Element variable = (Element) variables.item(i);
        defaults.put(variable.getAttribute("name"), variable.getAttribute("defaultValue"));
      }
      return defaults;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(SERVER_XML + " does not parse", e);
    }
  }

  /** The HTTP port: server.xml's default of http.port, which the Dockerfile must expose. */
  static int httpPort() {
    return Integer.parseInt(serverVariables().get("http.port"));
  }

  /** The ports the Dockerfile's EXPOSE lines name. */
  static Set<Integer> exposedPorts() {
    Set<Integer> ports = new TreeSet<>();
    for (String line : dockerfileInstructions("EXPOSE")) {
      for (String port : line.split("\\s+")) {
        ports.add(Integer.parseInt(port.replace("/tcp", "")));
      }
    }
    return ports;
  }

  /** The Dockerfile's last USER. */
  static String imageUser() {
    var users = dockerfileInstructions("USER");
    return users.get(users.size() - 1);
  }

  private static java.util.List<String> dockerfileInstructions(String instruction) {
    return OpsFiles.read(DOCKERFILE)
        .lines()
        .map(String::strip)
        .filter(line -> line.startsWith(instruction + " "))
        .map(line -> line.substring(instruction.length()).strip())
        .toList();
  }

  /**
   * Every environment variable the server on Liberty reads: the README's Configuration table
   * (WildFly's own left out) and server.xml's variables under Liberty's naming (upper case, '_' for
   * every other character).
   */
  static Set<String> environmentVariables() {
    Set<String> names = new TreeSet<>();
    for (String line : configurationSection().split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| key") || line.contains("(WildFly only)")) {
        continue;
      }
      String[] cells = line.split("\\|");
      Matcher name = Pattern.compile("`([A-Z0-9_]+)`").matcher(cells[2]);
      while (name.find()) {
        names.add(name.group(1));
      }
    }
    serverVariables().keySet().forEach(variable -> names.add(environmentName(variable)));
    return names;
  }

  /**
   * The variables the README says must be set against AWS ("Against AWS only ... need setting").
   */
  static Set<String> requiredEnvironmentVariables() {
    Matcher sentence =
        Pattern.compile("Against AWS only (.+?) need setting", Pattern.DOTALL)
            .matcher(configurationSection());
    if (!sentence.find()) {
      throw new IllegalStateException("The README no longer says which variables need setting");
    }
    Set<String> names = new TreeSet<>();
    Matcher name = Pattern.compile("`([A-Z0-9_]+)`").matcher(sentence.group(1));
    while (name.find()) {
      names.add(name.group(1));
    }
    return names;
  }

  static String environmentName(String variable) {
    return variable.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /** The paths of docs/openapi.yaml, the contract the server serves. */
  @SuppressWarnings("unchecked")
  static Set<String> apiPaths() {
    Map<String, Object> document = (Map<String, Object>) OpsFiles.yaml(OPENAPI);
    return ((Map<String, Object>) document.get("paths")).keySet();
  }

  private static String configurationSection() {
    String readme = OpsFiles.read(README);
    int start = readme.indexOf("\n## Configuration");
    int end = readme.indexOf("\n## ", start + 1);
    if (start < 0) {
      throw new IllegalStateException("The README has no Configuration section");
    }
    return readme.substring(start, end < 0 ? readme.length() : end);
  }
}
