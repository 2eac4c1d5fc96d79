package hms.paging.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=20}: pages count from 0, at most 100 items each. */
public class PageRequest {
  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  @Max(1_000_000)
  private int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(1)
  @Max(100)
  private int size;

  public PageRequest() {}

  public PageRequest(int page, int size) {
    this.page = page;
    this.size = size;
  }

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }

  public int offset() {
    return page * size;
  }
}
