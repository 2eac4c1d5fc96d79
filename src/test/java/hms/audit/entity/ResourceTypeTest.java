package hms.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hms.access.entity.Rule;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResourceTypeTest {

  /**
   * Members' successes and refusals name their rule's resource; the platform's name the hospital.
   */
  @Test
  void namesEveryResourceAHospitalsTrailCanHold() {
    Set<String> recorded = new TreeSet<>(Set.of("TENANT"));
    for (Rule rule : Rule.values()) {
      if (rule.who().kind() == Rule.Who.Kind.MEMBERS) {
        recorded.add(rule.resource());
      }
    }
    assertEquals(
        recorded,
        Arrays.stream(ResourceType.values())
            .map(Enum::name)
            .collect(Collectors.toCollection(TreeSet::new)));
  }
}
