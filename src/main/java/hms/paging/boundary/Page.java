package hms.paging.boundary;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to page on. */
@Schema(name = "Page", description = "One page of a list.")
public record Page<T>(
    @Schema(required = true) List<T> items,
    @Schema(required = true, minimum = "0", example = "0") int page,
    @Schema(required = true, minimum = "1", maximum = "100", example = "20") int size,
    @Schema(required = true, example = "57") long totalItems,
    @Schema(required = true, example = "3") int totalPages) {

  public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
    int pages = (int) ((totalItems + request.size() - 1) / request.size());
    return new Page<>(items, request.page(), request.size(), totalItems, pages);
  }

  /**
   * A page whose total is counted only when the page itself cannot tell it: a first page that is
   * not full, or any non-empty page that is not full, holds the last items.
   */
  public static <T> Page<T> of(List<T> items, PageRequest request, LongSupplier count) {
    boolean last = items.size() < request.size() && (!items.isEmpty() || request.page() == 0);
    return of(items, request, last ? request.offset() + items.size() : count.getAsLong());
  }

  /**
   * Without the items: JSON-B's recursion check keeps every object it writes in a HashSet, and the
   * record's own hash would hash every item in full (equal pages still hash equally).
   */
  @Override
  public int hashCode() {
    return (31 * page + size) * 31 + Long.hashCode(totalItems);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return mapItems(all -> all.stream().map(mapper).toList());
  }

  /** The page with its items mapped all at once (one lookup for the page, not one per item). */
  public <R> Page<R> mapItems(Function<List<T>, List<R>> mapper) {
    return new Page<>(mapper.apply(items), page, size, totalItems, totalPages);
  }
}
