package hms.paging.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class PageTest {
  private final AtomicInteger counted = new AtomicInteger();
  private final LongSupplier count =
      () -> {
        counted.incrementAndGet();
        return 57;
      };

  @Test
  void aPageThatIsNotFullTellsTheTotalWithoutCounting() {
    Page<String> first = Page.of(List.of("a", "b"), new PageRequest(0, 20), count);
    Page<String> last = Page.of(List.of("a"), new PageRequest(2, 20), count);
    Page<String> none = Page.of(List.of(), new PageRequest(0, 20), count);

    assertEquals(2, first.totalItems());
    assertEquals(1, first.totalPages());
    assertEquals(41, last.totalItems());
    assertEquals(3, last.totalPages());
    assertEquals(0, none.totalItems());
    assertEquals(0, none.totalPages());
    assertEquals(0, counted.get());
  }

  @Test
  void aFullPageOrAnEmptyPageBeyondTheFirstIsCounted() {
    Page<String> full = Page.of(List.of("a", "b"), new PageRequest(0, 2), count);
    Page<String> beyond = Page.of(List.of(), new PageRequest(9, 20), count);

    assertEquals(57, full.totalItems());
    assertEquals(29, full.totalPages());
    assertEquals(57, beyond.totalItems());
    assertEquals(2, counted.get());
  }
}
