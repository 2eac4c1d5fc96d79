package hms.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.access.entity.Rule;
import hms.access.entity.TenantRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/permissions.md's tables are the rules: this test renders them from {@link Rule} and fails,
 * writing the rendering to target/permissions-rules.md, when the document says otherwise.
 */
class PermissionsDocTest {
  static final String BEGIN = "<!-- rules: generated from hms.access.entity.Rule -->";
  static final String END = "<!-- rules: end -->";

  @Test
  void theDocumentsTablesAreTheRules() throws IOException {
    String doc = Files.readString(Path.of("docs/permissions.md"));
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "docs/permissions.md lacks the markers " + BEGIN);
    String written = doc.substring(begin + BEGIN.length(), end).strip();
    String rendered = render();
    if (!written.equals(rendered)) {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target/permissions-rules.md"), rendered + "\n");
    }
    assertEquals(
        rendered,
        written,
        "docs/permissions.md differs from the rules: put target/permissions-rules.md between its"
            + " markers");
  }

  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("In a hospital (`X-Tenant-ID`), by the caller's role there:\n\n");
    out.append("| use case | ADMIN | DOCTOR | NURSE | RECEPTIONIST | audit |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (Rule rule : Rule.values()) {
      if (rule.who().kind() != Rule.Who.Kind.MEMBERS) {
        continue;
      }
      out.append("| ").append(rule.label());
      for (TenantRole role : TenantRole.values()) {
        out.append(" | ").append(rule.who().admits(role) ? "yes" : "no");
      }
      out.append(" | ").append(audit(rule)).append(" |\n");
    }
    out.append("\nBeyond any hospital:\n\n");
    out.append("| use case | who | audit |\n");
    out.append("|---|---|---|\n");
    for (Rule rule : Rule.values()) {
      if (rule.who().kind() == Rule.Who.Kind.MEMBERS) {
        continue;
      }
      out.append("| ")
          .append(rule.label())
          .append(" | ")
          .append(who(rule.who().kind()))
          .append(" | ")
          .append(audit(rule))
          .append(" |\n");
    }
    return out.toString().strip();
  }

  private static String audit(Rule rule) {
    if (rule.audited() != null) {
      return "`" + rule.audited() + "` " + rule.resource();
    }
    if (rule.isRefinement()) {
      return "checked inside a use case, audited as it";
    }
    return "not audited: " + rule.notAuditedBecause();
  }

  private static String who(Rule.Who.Kind kind) {
    return Arrays.stream(kind.name().split("_"))
        .map(w -> w.toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(" "));
  }
}
